namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Depthwise 2-D convolution on [h, w, c] giving [outH, outW, c*mult]: output channel ch*mult+m convolves input
/// channel ch only. Weights are [kh, kw, c, mult] row-major (the Keras depthwise layout); bias is [c*mult].
/// Window geometry as in <see cref="Conv2DOp"/>.
/// </summary>
public sealed class DepthwiseConv2DOp : Op, IWeightedOp
{
    public DepthwiseConv2DOp(ConstTensor weights, ConstTensor bias, (int H, int W) stride, Padding2D padding, (int H, int W) dilation)
    {
        if (weights.Shape.Rank != 4) throw new GraphException($"DepthwiseConv2D weights must be [kh, kw, c, mult], got {weights.Shape}");
        if (bias.Shape.Rank != 1 || bias.Size != weights.Shape[2] * weights.Shape[3])
        {
            throw new GraphException($"DepthwiseConv2D bias {bias.Shape} does not match weights {weights.Shape}");
        }
        SpatialRules.CheckWindow(Kind, weights.Shape[0], stride.H, padding.Top, padding.Bottom, dilation.H);
        SpatialRules.CheckWindow(Kind, weights.Shape[1], stride.W, padding.Left, padding.Right, dilation.W);
        Weights = weights;
        Bias = bias;
        Stride = stride;
        Padding = padding;
        Dilation = dilation;
    }

    public ConstTensor Weights { get; }

    public ConstTensor Bias { get; }

    public int KernelH => Weights.Shape[0];

    public int KernelW => Weights.Shape[1];

    public int Channels => Weights.Shape[2];

    public int DepthMultiplier => Weights.Shape[3];

    public (int H, int W) Stride { get; }

    public Padding2D Padding { get; }

    public (int H, int W) Dilation { get; }

    public override string Kind => "DepthwiseConv2D";

    public override int ParameterCount => Weights.Size + Bias.Size;

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        var s = SpatialRules.SingleInputOfRank(this, inputs, 3);
        if (s[2] != Channels) throw new GraphException($"DepthwiseConv2D expects {Channels} channels, got input shape {s}");
        return new Shape(
            SpatialRules.OutputLength(this, "height", s[0], KernelH, Stride.H, Padding.Top, Padding.Bottom, Dilation.H),
            SpatialRules.OutputLength(this, "width", s[1], KernelW, Stride.W, Padding.Left, Padding.Right, Dilation.W),
            Channels * DepthMultiplier);
    }

    public override string Describe() =>
        $"DepthwiseConv2D(k={KernelH}x{KernelW},c={Channels}x{DepthMultiplier},stride={Stride.H}x{Stride.W},pad={Padding},dilation={Dilation.H}x{Dilation.W})";
}
