namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// 1-D convolution on a channels-last [length, cin] tensor giving [outLength, cout].
/// Weights are [k, cin, cout] row-major (w[(t*cin+ci)*cout+co], the Keras layout); bias is [cout].
/// Input position of tap t for output o: o*Stride - PadLeft + t*Dilation; positions outside the input read zero.
/// </summary>
public sealed class Conv1DOp : Op, IWeightedOp
{
    public Conv1DOp(ConstTensor weights, ConstTensor bias, int stride = 1, int padLeft = 0, int padRight = 0, int dilation = 1)
    {
        if (weights.Shape.Rank != 3) throw new GraphException($"Conv1D weights must be [k, cin, cout], got {weights.Shape}");
        if (bias.Shape.Rank != 1 || bias.Size != weights.Shape[2]) throw new GraphException($"Conv1D bias {bias.Shape} does not match weights {weights.Shape}");
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

    public int InChannels => Weights.Shape[1];

    public int OutChannels => Weights.Shape[2];

    public int Stride { get; }

    public int PadLeft { get; }

    public int PadRight { get; }

    public int Dilation { get; }

    public override string Kind => "Conv1D";

    public override int ParameterCount => Weights.Size + Bias.Size;

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        var s = SpatialRules.SingleInputOfRank(this, inputs, 2);
        if (s[1] != InChannels) throw new GraphException($"Conv1D expects {InChannels} input channels, got input shape {s}");
        return new Shape(SpatialRules.OutputLength(this, "length", s[0], KernelSize, Stride, PadLeft, PadRight, Dilation), OutChannels);
    }

    public override string Describe() =>
        $"Conv1D(k={KernelSize},{InChannels}->{OutChannels},stride={Stride},pad={PadLeft}/{PadRight},dilation={Dilation})";
}
