using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Pad in constant mode with value 0 on the spatial axes only (pads as attribute before opset 11, else a constant
/// input). All-negative pads crop. Other modes, non-zero values, computed pads, 'axes' or padding of the batch or
/// channel axis are errors naming the node.
/// </summary>
internal sealed class PadMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Pad"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        long[] pads;
        double value;
        var modeAttr = node.Proto.Attribute.FirstOrDefault(a => a.Name == "mode")?.S.ToStringUtf8() ?? "constant";
        if (node.Opset < 11)
        {
            node.Attributes.EnsureOnly("mode", "pads", "paddings", "value");
            pads = node.Attributes.Ints("pads") ?? node.Attributes.Ints("paddings") ?? throw node.Error("Pad is missing its 'pads' attribute");
            value = node.Attributes.Float("value", 0);
        }
        else
        {
            node.Attributes.EnsureOnly("mode");
            pads = context.RequireConstant(node, 1, "pads").ToInt64s();
            var v = context.TryConstant(node, 2);
            if (v is null && node.InputName(2) is not null) throw node.BadInput(2, "the constant value must be a constant");
            value = v is null || v.Size == 0 ? 0 : v.Data[0];
            if (node.InputName(3) is not null) throw node.BadInput(3, "the 'axes' input is not supported; give pads for every axis");
        }
        if (modeAttr != "constant") throw node.BadAttribute("mode", modeAttr, "only constant (zero) padding is supported");
        if (value != 0) throw node.Error($"Pad with constant value {value} is not supported (only 0)");
        var x = ChannelsFirst.Input(node, context);
        var rank = x.Shape.Rank + 1;
        if (pads.Length != 2 * rank) throw node.BadInput(1, $"{pads.Length} pads do not fit an input of rank {rank}");
        if (pads[0] != 0 || pads[1] != 0 || pads[rank] != 0 || pads[rank + 1] != 0)
        {
            throw node.Error("Pad of the batch or channel axis is not supported", "pads = [" + string.Join(",", pads) + "]");
        }
        if (pads.Any(p => p is < -int.MaxValue or > int.MaxValue)) throw node.BadInput(1, "pads = [" + string.Join(",", pads) + "] are beyond 2^31");
        var before = Enumerable.Range(2, rank - 2).Select(a => (int)pads[a]).ToArray();
        var after = Enumerable.Range(2, rank - 2).Select(a => (int)pads[a + rank]).ToArray();
        var all = before.Concat(after).ToArray();
        Core.Ir.Op op = all.All(p => p >= 0) ? new ZeroPadOp(before, after)
            : all.All(p => p <= 0) ? new CropOp(before.Select(p => -p).ToArray(), after.Select(p => -p).ToArray())
            : throw node.Error("Pad mixing positive and negative pads is not supported", "pads = [" + string.Join(",", pads) + "]");
        ChannelsFirst.Wrap(node, context, op, x);
    }
}
