using Hls4Net.Core.Ir.Ops;
using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Identity, inference-mode Dropout and Cast to float become <see cref="IdentityOp"/> (removed later by a pass).
/// Applied to a constant they just pass the constant on.
/// </summary>
internal sealed class PassThroughMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Identity", "Dropout", "Cast"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        DataType? castTo = null;
        switch (node.OpType)
        {
            case "Dropout":
                // ratio/seed only matter in training; inputs 1 (ratio) and 2 (training_mode) likewise.
                node.Attributes.EnsureOnly("ratio", "seed");
                var training = context.TryConstant(node, 2);
                if (training is not null && training.Data.Any(v => v != 0)) throw node.BadInput(2, "Dropout in training mode cannot be imported");
                if (node.InputName(2) is not null && training is null) throw node.BadInput(2, "training_mode must be a constant");
                break;
            case "Cast":
                node.Attributes.EnsureOnly("to", "saturate");
                castTo = (DataType)node.Attributes.Int("to", 0);
                break;
            default:
                node.Attributes.EnsureOnly();
                break;
        }

        var constant = context.TryConstant(node, 0);
        if (constant is not null)
        {
            context.SetConstant(node.OutputName, constant.Renamed(node.OutputName, castTo));
            return;
        }
        if (castTo is not null && castTo != DataType.Float)
        {
            throw node.BadAttribute("to", castTo, "only casts to float of the layer data are supported");
        }
        var x = context.ActivationAllowingBatchSwap(node, 0, out var swapped);
        var value = context.AddNode(node, new IdentityOp(node.OpType), x);
        if (swapped) context.SetBatchSwapped(node.OutputName, value);
    }
}
