using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Add of layer data and a constant (either operand order): after a MatMul, a bias over the last axis
/// (<see cref="BiasAddOp"/>, folded into a Dense by FoldMatMulBiasPass); otherwise a per-channel shift through
/// <see cref="ScaleShiftMapper"/>. Two computed tensors are an element-wise merge.
/// </summary>
internal sealed class AddMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Add"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        // 'broadcast' (opset < 7) only enabled broadcasting, which we always apply.
        node.Attributes.EnsureOnly("broadcast");
        var a = context.TryConstant(node, 0);
        var b = context.TryConstant(node, 1);
        if (a is not null && b is not null) throw node.Error("Add of two constants was not folded");
        if (a is null && b is null)
        {
            MergeMapper.MapElementwise(node, context, ElementwiseKind.Add);
            return;
        }
        var dataIndex = a is null ? 0 : 1;
        var x = context.Activation(node, dataIndex);
        var c = (a ?? b)!;
        var n = x.Shape.Dims[^1];
        var perLastAxis = c.Size == n && c.Dims.Take(Math.Max(0, c.Rank - 1)).All(d => d == 1);
        // MatMul + Add is a Dense layer (FoldMatMulBiasPass); any other Add of a constant is a per-channel shift.
        if (x.Producer?.Op is MatMulOp && (c.Size == 1 || perLastAxis))
        {
            var bias = new float[n];
            for (var j = 0; j < n; j++) bias[j] = (float)c.Data[c.Size == 1 ? 0 : j];
            context.AddNode(node, new BiasAddOp(new ConstTensor(new Shape(n), bias)), x);
            return;
        }
        ScaleShiftMapper.MapConstant(node, context);
    }
}
