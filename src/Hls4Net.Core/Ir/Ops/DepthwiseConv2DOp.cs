namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Depthwise 2-D convolution on [h, w, c] giving [outH, outW, c*mult]: output channel ch*mult+m convolves input
/// channel ch only. Weights are [kh, kw, c, mult] row-major (the Keras depthwise layout); bias is [c*mult].
/// Window geometry as in <see cref="Conv2DOp"/>.
/// </summary>
public sealed class DepthwiseConv2DOp : ConvBase2DOp
{
    public DepthwiseConv2DOp(ConstTensor weights, ConstTensor bias, (int H, int W) stride, Padding2D padding, (int H, int W) dilation)
        : base(weights, bias, stride, padding, dilation, "[kh, kw, c, mult]", depthwise: true)
    {
    }

    public int Channels => Weights.Shape[2];

    public int DepthMultiplier => Weights.Shape[3];

    public override string Kind => "DepthwiseConv2D";

    private static readonly OpTraits DepthwiseConv2DTraits = new()
    {
        LayerTypeKeys = ["DepthwiseConv2D", "QDepthwiseConv2D"],
        PrecisionSlots = PrecisionSlotUse.WeightBiasAccum,
    };

    /// <inheritdoc />
    public override OpTraits Traits => DepthwiseConv2DTraits;

    public override Shape InferShape(IReadOnlyList<Shape> inputs) => OutputShape(inputs, Channels, "channels", Channels * DepthMultiplier);

    public override string Describe() =>
        $"DepthwiseConv2D(k={KernelH}x{KernelW},c={Channels}x{DepthMultiplier},stride={Stride.H}x{Stride.W},pad={Padding},dilation={Dilation.H}x{Dilation.W})";
}
