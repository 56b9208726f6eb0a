namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// 2-D convolution on a channels-last [h, w, cin] tensor giving [outH, outW, cout].
/// Weights are [kh, kw, cin, cout] row-major (w[((r*kw+c)*cin+ci)*cout+co], the Keras layout); bias is [cout].
/// Input row of tap r for output row o: o*StrideH - PadTop + r*DilationH (columns likewise); outside positions read zero.
/// </summary>
public sealed class Conv2DOp : ConvBase2DOp
{
    public Conv2DOp(ConstTensor weights, ConstTensor bias, (int H, int W) stride, Padding2D padding, (int H, int W) dilation)
        : base(weights, bias, stride, padding, dilation, "[kh, kw, cin, cout]", depthwise: false)
    {
    }

    public int InChannels => Weights.Shape[2];

    public int OutChannels => Weights.Shape[3];

    public override string Kind => "Conv2D";

    private static readonly OpTraits Conv2DTraits = new()
    {
        LayerTypeKeys = ["Conv2D", "QConv2D"],
        PrecisionSlots = PrecisionSlotUse.WeightBiasAccum,
    };

    /// <inheritdoc />
    public override OpTraits Traits => Conv2DTraits;

    public override Shape InferShape(IReadOnlyList<Shape> inputs) => OutputShape(inputs, InChannels, "input channels", OutChannels);

    public override string Describe() =>
        $"Conv2D(k={KernelH}x{KernelW},{InChannels}->{OutChannels},stride={Stride.H}x{Stride.W},pad={Padding},dilation={Dilation.H}x{Dilation.W})";
}
