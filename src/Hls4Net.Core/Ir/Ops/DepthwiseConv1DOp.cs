namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Depthwise 1-D convolution on [length, c] giving [outLength, c*mult]: output channel ch*mult+m convolves input
/// channel ch only. Weights are [k, c, mult] row-major (the Keras depthwise layout); bias is [c*mult].
/// Window geometry as in <see cref="Conv1DOp"/>.
/// </summary>
public sealed class DepthwiseConv1DOp : Op, IWeightedOp
{
    public DepthwiseConv1DOp(ConstTensor weights, ConstTensor bias, int stride = 1, int padLeft = 0, int padRight = 0, int dilation = 1)
    {
        if (weights.Shape.Rank != 3) throw new GraphException($"DepthwiseConv1D weights must be [k, c, mult], got {weights.Shape}");
        if (bias.Shape.Rank != 1 || bias.Size != weights.Shape[1] * weights.Shape[2])
        {
            throw new GraphException($"DepthwiseConv1D bias {bias.Shape} does not match weights {weights.Shape}");
        }
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

    public int Channels => Weights.Shape[1];

    public int DepthMultiplier => Weights.Shape[2];

    public int Stride { get; }

    public int PadLeft { get; }

    public int PadRight { get; }

    public int Dilation { get; }

    public override string Kind => "DepthwiseConv1D";

    public override int ParameterCount => Weights.Size + Bias.Size;

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        var s = SpatialRules.SingleInputOfRank(this, inputs, 2);
        if (s[1] != Channels) throw new GraphException($"DepthwiseConv1D expects {Channels} channels, got input shape {s}");
        return new Shape(SpatialRules.OutputLength(this, "length", s[0], KernelSize, Stride, PadLeft, PadRight, Dilation), Channels * DepthMultiplier);
    }

    public override string Describe() =>
        $"DepthwiseConv1D(k={KernelSize},c={Channels}x{DepthMultiplier},stride={Stride},pad={PadLeft}/{PadRight},dilation={Dilation})";
}
