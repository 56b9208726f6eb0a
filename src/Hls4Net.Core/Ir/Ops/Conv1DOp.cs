namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// 1-D convolution on a channels-last [length, cin] tensor giving [outLength, cout].
/// Weights are [k, cin, cout] row-major (w[(t*cin+ci)*cout+co], the Keras layout); bias is [cout].
/// Input position of tap t for output o: o*Stride - PadLeft + t*Dilation; positions outside the input read zero.
/// </summary>
public sealed class Conv1DOp : ConvBase1DOp
{
    public Conv1DOp(ConstTensor weights, ConstTensor bias, int stride = 1, int padLeft = 0, int padRight = 0, int dilation = 1)
        : base(weights, bias, stride, padLeft, padRight, dilation, "[k, cin, cout]", depthwise: false)
    {
    }

    public int InChannels => Weights.Shape[1];

    public int OutChannels => Weights.Shape[2];

    public override string Kind => "Conv1D";

    private static readonly OpTraits Conv1DTraits = new()
    {
        LayerTypeKeys = ["Conv1D", "QConv1D"],
        PrecisionSlots = PrecisionSlotUse.WeightBiasAccum,
    };

    /// <inheritdoc />
    public override OpTraits Traits => Conv1DTraits;

    public override Shape InferShape(IReadOnlyList<Shape> inputs) => OutputShape(inputs, InChannels, "input channels", OutChannels);

    public override string Describe() =>
        $"Conv1D(k={KernelSize},{InChannels}->{OutChannels},stride={Stride},pad={PadLeft}/{PadRight},dilation={Dilation})";
}
