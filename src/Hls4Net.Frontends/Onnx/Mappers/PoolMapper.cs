using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// MaxPool / AveragePool (1-D, 2-D; no dilation, no indices output; AveragePool honours count_include_pad; ceil_mode 1 is
/// extra end padding, <see cref="CeilModePadding"/>, refused only for an average that counts padding and overhangs)
/// and GlobalMaxPool / GlobalAveragePool (result reshaped to ONNX's [C, 1(, 1)]).
/// </summary>
internal sealed class PoolMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["MaxPool", "AveragePool", "GlobalMaxPool", "GlobalAveragePool"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        var kind = node.OpType.Contains("Max", StringComparison.Ordinal) ? PoolKind.Max : PoolKind.Average;
        if (node.Proto.Output.Count > 1 && node.Proto.Output[1].Length > 0) throw node.Error($"ONNX op '{node.OpType}' with an indices output is not supported");
        if (node.OpType.StartsWith("Global", StringComparison.Ordinal))
        {
            node.Attributes.EnsureOnly();
            var gx = ChannelsFirst.Input(node, context);
            var pooled = ChannelsFirst.Wrap(node, context, new GlobalPoolOp(kind), gx, transposeBack: false);
            var keep = new Shape((int[])[pooled.Shape[0], .. Enumerable.Repeat(1, gx.Shape.Rank - 1)]);
            var reshaped = context.Graph.Add($"{node.Name}_keepdims", new ReshapeOp(keep), pooled).Output;
            context.SetValue(node.OutputName, reshaped);
            return;
        }
        node.Attributes.EnsureOnly("auto_pad", "ceil_mode", "count_include_pad", "dilations", "kernel_shape", "pads", "storage_order", "strides");
        var x = ChannelsFirst.Input(node, context);
        var n = x.Shape.Rank - 1;
        var kernel = ChannelsFirst.PerAxis(node, "kernel_shape", n, 0);
        if (kernel.Any(k => k < 1)) throw node.Error($"ONNX op '{node.OpType}' is missing 'kernel_shape'");
        var ceilMode = node.Attributes.Int("ceil_mode", 0);
        if (ceilMode is not (0 or 1)) throw node.BadAttribute("ceil_mode", ceilMode, "expected 0 or 1");
        var dilations = ChannelsFirst.PerAxis(node, "dilations", n, 1);
        if (dilations.Any(d => d != 1)) throw node.BadAttribute("dilations", "[" + string.Join(",", dilations) + "]", "dilated pooling is not supported");
        var strides = ChannelsFirst.PerAxis(node, "strides", n, 1);
        var pads = ChannelsFirst.Pads(node, x.Shape.Dims.Skip(1).ToArray(), kernel, strides, dilations);
        var includePad = kind == PoolKind.Average && node.Attributes.Int("count_include_pad", 0) != 0;
        if (ceilMode == 1)
        {
            var ceiled = CeilModePadding.Extend(pads, x.Shape.Dims.Skip(1).ToArray(), kernel, strides);
            if (includePad && !ceiled.SequenceEqual(pads))
            {
                throw node.BadAttribute("ceil_mode", ceilMode,
                    "an average that counts padding (count_include_pad 1) does not count the window's ceil-mode overhang; use count_include_pad 0 or sizes that divide evenly");
            }
            pads = ceiled;
        }
        Op op;
        try
        {
            op = n == 1
                ? new Pool1DOp(kind, kernel[0], strides[0], pads[0].Before, pads[0].After, includePad)
                : new Pool2DOp(kind, (kernel[0], kernel[1]), (strides[0], strides[1]), new Padding2D(pads[0].Before, pads[0].After, pads[1].Before, pads[1].After), includePad);
        }
        catch (GraphException e)
        {
            throw node.Error($"unsupported configuration of ONNX op '{node.OpType}'", e.Message);
        }
        ChannelsFirst.Wrap(node, context, op, x);
    }
}
