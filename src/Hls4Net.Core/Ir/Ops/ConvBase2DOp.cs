namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// What <see cref="Conv2DOp"/> and <see cref="DepthwiseConv2DOp"/> share: weights [kh, kw, ., .] and a bias, and the
/// window geometry (stride, padding, dilation) with its validation and output-size inference.
/// </summary>
public abstract class ConvBase2DOp : Op, IWeightedOp
{
    private protected ConvBase2DOp(ConstTensor weights, ConstTensor bias, (int H, int W) stride, Padding2D padding, (int H, int W) dilation, string layout, bool depthwise)
    {
        SpatialRules.CheckConvTensors(Kind, weights, bias, 4, layout, depthwise);
        SpatialRules.CheckWindow2D(Kind, weights.Shape[0], weights.Shape[1], stride, padding, dilation);
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

    public (int H, int W) Stride { get; }

    public Padding2D Padding { get; }

    public (int H, int W) Dilation { get; }

    public override int ParameterCount => Weights.Size + Bias.Size;

    /// <summary>[outH, outW, <paramref name="outChannels"/>] for a single [h, w, <paramref name="channels"/>] input.</summary>
    private protected Shape OutputShape(IReadOnlyList<Shape> inputs, int channels, string channelNoun, int outChannels)
    {
        var s = SpatialRules.ChannelsLastInput(this, inputs, 3, channels, channelNoun);
        var (h, w) = SpatialRules.OutputSize2D(this, s, KernelH, KernelW, Stride, Padding, Dilation);
        return new Shape(h, w, outChannels);
    }
}
