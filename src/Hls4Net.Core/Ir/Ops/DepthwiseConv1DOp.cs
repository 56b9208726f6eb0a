namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Depthwise 1-D convolution on [length, c] giving [outLength, c*mult]: output channel ch*mult+m convolves input
/// channel ch only. Weights are [k, c, mult] row-major (the Keras depthwise layout); bias is [c*mult].
/// Window geometry as in <see cref="Conv1DOp"/>.
/// </summary>
public sealed class DepthwiseConv1DOp : ConvBase1DOp
{
    public DepthwiseConv1DOp(ConstTensor weights, ConstTensor bias, int stride = 1, int padLeft = 0, int padRight = 0, int dilation = 1)
        : base(weights, bias, stride, padLeft, padRight, dilation, "[k, c, mult]", depthwise: true)
    {
    }

    public int Channels => Weights.Shape[1];

    public int DepthMultiplier => Weights.Shape[2];

    public override string Kind => "DepthwiseConv1D";

    private static readonly OpTraits DepthwiseConv1DTraits = new()
    {
        LayerTypeKeys = ["DepthwiseConv1D", "QDepthwiseConv1D"],
        PrecisionSlots = PrecisionSlotUse.WeightBiasAccum,
    };

    /// <inheritdoc />
    public override OpTraits Traits => DepthwiseConv1DTraits;

    public override Shape InferShape(IReadOnlyList<Shape> inputs) => OutputShape(inputs, Channels, "channels", Channels * DepthMultiplier);

    public override string Describe() =>
        $"DepthwiseConv1D(k={KernelSize},c={Channels}x{DepthMultiplier},stride={Stride},pad={PadLeft}/{PadRight},dilation={Dilation})";
}
