using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Conv (1-D and 2-D): group 1 becomes Conv1D/Conv2D, group = input channels becomes a depthwise convolution
/// (multiplier = output channels / group), any other grouping a full convolution with zero weights across groups. ONNX weights [cout, cin/group, k...] are
/// rearranged to the IR's [k..., cin, cout] (depthwise: [k..., c, mult]).
/// </summary>
internal sealed class ConvMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Conv"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly("auto_pad", "dilations", "group", "kernel_shape", "pads", "strides");
        var x = ChannelsFirst.Input(node, context);
        var w = context.RequireConstant(node, 1, "weights");
        var n = x.Shape.Rank - 1;
        if (w.Rank != n + 2) throw node.BadInput(1, $"weights of shape {w.ShapeText} do not fit a {n}-D convolution");
        int cout = (int)w.Dims[0], cinPerGroup = (int)w.Dims[1], cin = x.Shape[0];
        var kernel = w.Dims.Skip(2).Select(d => (int)d).ToArray();
        var declared = node.Attributes.Ints("kernel_shape");
        if (declared is not null && !declared.Select(d => (int)d).SequenceEqual(kernel)) throw node.BadAttribute("kernel_shape", "[" + string.Join(",", declared) + "]", $"weights have shape {w.ShapeText}");
        var strides = ChannelsFirst.PerAxis(node, "strides", n, 1);
        var dilations = ChannelsFirst.PerAxis(node, "dilations", n, 1);
        var spatial = x.Shape.Dims.Skip(1).ToArray();
        var pads = ChannelsFirst.Pads(node, spatial, kernel, strides, dilations);
        var group = (int)node.Attributes.Int("group", 1);
        var b = context.TryConstant(node, 2);
        if (b is null && node.InputName(2) is not null) throw node.BadInput(2, "the bias must be a constant");
        var bias = new ConstTensor(new Shape(cout), b?.ToFloats() ?? new float[cout]);
        if (bias.Size != cout) throw node.BadInput(2, $"bias of shape {b!.ShapeText} does not match {cout} output channels");
        var taps = kernel.Aggregate(1, (p, k) => p * k);
        Op op;
        var depthwise = group == cin && cinPerGroup == 1 && cout % cin == 0 && group > 1;
        if (!depthwise && group >= 1 && cin % group == 0 && cout % group == 0 && cinPerGroup * group == cin)
        {
            // Grouped convolution (group 1 = ordinary): one full convolution whose weights are zero between
            // channels of different groups, which adds exact zeros in float and in fixed point alike.
            // IR index (tap*cin+ci)*cout+co  <-  ONNX index (co*cinPerGroup+(ci-g*cinPerGroup))*taps+tap
            var data = new float[taps * cin * cout];
            var outPerGroup = cout / group;
            for (var co = 0; co < cout; co++)
            {
                var first = co / outPerGroup * cinPerGroup;
                for (var k = 0; k < cinPerGroup; k++)
                    for (var t = 0; t < taps; t++) data[(t * cin + first + k) * cout + co] = (float)w.Data[(co * cinPerGroup + k) * taps + t];
            }
            var shape = new Shape((int[])[.. kernel, cin, cout]);
            op = n == 1
                ? new Conv1DOp(new ConstTensor(shape, data), bias, strides[0], pads[0].Before, pads[0].After, dilations[0])
                : new Conv2DOp(new ConstTensor(shape, data), bias, (strides[0], strides[1]), Pad2(pads), (dilations[0], dilations[1]));
        }
        else if (depthwise)
        {
            var mult = cout / cin;
            // IR index (tap*c+ch)*mult+m  <-  ONNX index (ch*mult+m)*taps+tap
            var data = new float[w.Size];
            for (var co = 0; co < cout; co++)
                for (var t = 0; t < taps; t++) data[(t * cin + co / mult) * mult + co % mult] = (float)w.Data[co * taps + t];
            var shape = new Shape((int[])[.. kernel, cin, mult]);
            op = n == 1
                ? new DepthwiseConv1DOp(new ConstTensor(shape, data), bias, strides[0], pads[0].Before, pads[0].After, dilations[0])
                : new DepthwiseConv2DOp(new ConstTensor(shape, data), bias, (strides[0], strides[1]), Pad2(pads), (dilations[0], dilations[1]));
        }
        else
        {
            throw node.BadAttribute("group", group, $"weights of shape {w.ShapeText} do not fit {cin} input channels in {group} groups");
        }
        ChannelsFirst.Wrap(node, context, op, x);
    }

    private static Padding2D Pad2((int Before, int After)[] p) => new(p[0].Before, p[0].After, p[1].Before, p[1].After);
}
