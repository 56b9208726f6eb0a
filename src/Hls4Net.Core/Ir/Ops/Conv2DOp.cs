namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// 2-D convolution on a channels-last [h, w, cin] tensor giving [outH, outW, cout].
/// Weights are [kh, kw, cin, cout] row-major (w[((r*kw+c)*cin+ci)*cout+co], the Keras layout); bias is [cout].
/// Input row of tap r for output row o: o*StrideH - PadTop + r*DilationH (columns likewise); outside positions read zero.
/// </summary>
public sealed class Conv2DOp : Op, IWeightedOp
{
    public Conv2DOp(ConstTensor weights, ConstTensor bias, (int H, int W) stride, Padding2D padding, (int H, int W) dilation)
    {
        if (weights.Shape.Rank != 4) throw new GraphException($"Conv2D weights must be [kh, kw, cin, cout], got {weights.Shape}");
        if (bias.Shape.Rank != 1 || bias.Size != weights.Shape[3]) throw new GraphException($"Conv2D bias {bias.Shape} does not match weights {weights.Shape}");
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

    public int InChannels => Weights.Shape[2];

    public int OutChannels => Weights.Shape[3];

    public (int H, int W) Stride { get; }

    public Padding2D Padding { get; }

    public (int H, int W) Dilation { get; }

    public override string Kind => "Conv2D";

    public override int ParameterCount => Weights.Size + Bias.Size;

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        var s = SpatialRules.SingleInputOfRank(this, inputs, 3);
        if (s[2] != InChannels) throw new GraphException($"Conv2D expects {InChannels} input channels, got input shape {s}");
        return new Shape(
            SpatialRules.OutputLength(this, "height", s[0], KernelH, Stride.H, Padding.Top, Padding.Bottom, Dilation.H),
            SpatialRules.OutputLength(this, "width", s[1], KernelW, Stride.W, Padding.Left, Padding.Right, Dilation.W),
            OutChannels);
    }

    public override string Describe() =>
        $"Conv2D(k={KernelH}x{KernelW},{InChannels}->{OutChannels},stride={Stride.H}x{Stride.W},pad={Padding},dilation={Dilation.H}x{Dilation.W})";
}
