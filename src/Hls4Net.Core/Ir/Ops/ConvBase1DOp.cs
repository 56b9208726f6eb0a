namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// What <see cref="Conv1DOp"/> and <see cref="DepthwiseConv1DOp"/> share: weights [k, ., .] and a bias, and the window
/// geometry (stride, padding, dilation) with its validation and output-length inference.
/// </summary>
public abstract class ConvBase1DOp : Op, IWeightedOp
{
    private protected ConvBase1DOp(ConstTensor weights, ConstTensor bias, int stride, int padLeft, int padRight, int dilation, string layout, bool depthwise)
    {
        SpatialRules.CheckConvTensors(Kind, weights, bias, 3, layout, depthwise);
        SpatialRules.CheckWindow(Kind, weights.Shape[0], stride, padLeft, padRight, dilation);
        Weights = weights;
        Bias = bias;
        Stride = stride;
        PadLeft = padLeft;
        PadRight = padRight;
        Dilation = dilation;
    }

    public ConstTensor Weights { get; }

    public ConstTensor Bias { get; }

    public int KernelSize => Weights.Shape[0];

    public int Stride { get; }

    public int PadLeft { get; }

    public int PadRight { get; }

    public int Dilation { get; }

    public override int ParameterCount => Weights.Size + Bias.Size;

    /// <summary>[outLength, <paramref name="outChannels"/>] for a single [length, <paramref name="channels"/>] input.</summary>
    private protected Shape OutputShape(IReadOnlyList<Shape> inputs, int channels, string channelNoun, int outChannels)
    {
        var s = SpatialRules.ChannelsLastInput(this, inputs, 2, channels, channelNoun);
        return new Shape(SpatialRules.OutputLength(this, "length", s[0], KernelSize, Stride, PadLeft, PadRight, Dilation), outChannels);
    }
}
