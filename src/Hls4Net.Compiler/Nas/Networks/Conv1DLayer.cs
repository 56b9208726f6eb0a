namespace Hls4Net.Nas;

/// <summary>A stride-1 1-D convolution [channels, length] → [filters, length'] (cross-correlation, as PyTorch and
/// ONNX <c>Conv</c>). Weight layout [filters, channels, kernel] (PyTorch <c>nn.Conv1d.weight</c>, ONNX); bias [filters].
/// 'same' pads kernel − 1 zeros, (kernel − 1) / 2 before the data and the rest after.</summary>
public sealed class Conv1DLayer : FloatLayer
{
    public Conv1DLayer(int filters, int kernel, ConvPadding padding = ConvPadding.Valid)
    {
        if (filters < 1) throw new ArgumentException($"Conv1D filters must be at least 1, got {filters}.");
        if (kernel < 1) throw new ArgumentException($"Conv1D kernel must be at least 1, got {kernel}.");
        Filters = filters;
        Kernel = kernel;
        Padding = padding;
    }

    /// <summary>Output channels.</summary>
    public int Filters { get; }

    /// <summary>Kernel length.</summary>
    public int Kernel { get; }

    /// <summary>'valid' or 'same'.</summary>
    public ConvPadding Padding { get; }

    public override int BiasLength => Filters;

    private int PadBefore => Padding == ConvPadding.Same ? (Kernel - 1) / 2 : 0;

    public override int[] OutputShape(IReadOnlyList<int> inputShape)
    {
        RequireRank(inputShape, 2, "Conv1D");
        var length = Padding == ConvPadding.Same ? inputShape[1] : inputShape[1] - Kernel + 1;
        if (length < 1)
            throw new ArgumentException($"Conv1D kernel {Kernel} is longer than its input length {inputShape[1]}.");
        return [Filters, length];
    }

    public override int[]? WeightShape(IReadOnlyList<int> inputShape) => [Filters, inputShape[0], Kernel];

    public override long Multiplications(IReadOnlyList<int> inputShape) =>
        (long)OutputShape(inputShape)[1] * Filters * inputShape[0] * Kernel;

    internal override void Forward(ReadOnlySpan<double> x, Span<double> y, int[] inShape, int[] outShape,
        double[]? w, double[]? b)
    {
        int c = inShape[0], len = inShape[1], lo = outShape[1], pad = PadBefore;
        for (var f = 0; f < Filters; f++)
        for (var t = 0; t < lo; t++)
        {
            var s = b![f];
            for (var ch = 0; ch < c; ch++)
            {
                var wBase = (f * c + ch) * Kernel;
                var xBase = ch * len;
                for (var k = 0; k < Kernel; k++)
                {
                    var p = t + k - pad;
                    if ((uint)p < (uint)len) s += w![wBase + k] * x[xBase + p];
                }
            }
            y[f * lo + t] = s;
        }
    }

    internal override void Backward(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> gy,
        Span<double> gx, int[] inShape, int[] outShape, double[]? w, Span<double> gw, Span<double> gb)
    {
        int c = inShape[0], len = inShape[1], lo = outShape[1], pad = PadBefore;
        gx.Clear();
        for (var f = 0; f < Filters; f++)
        for (var t = 0; t < lo; t++)
        {
            var g = gy[f * lo + t];
            gb[f] += g;
            for (var ch = 0; ch < c; ch++)
            {
                var wBase = (f * c + ch) * Kernel;
                var xBase = ch * len;
                for (var k = 0; k < Kernel; k++)
                {
                    var p = t + k - pad;
                    if ((uint)p >= (uint)len) continue;
                    gw[wBase + k] += g * x[xBase + p];
                    gx[xBase + p] += g * w![wBase + k];
                }
            }
        }
    }

    public override string ToString() => $"Conv1D({Filters}, {Kernel}, {Padding.ToString().ToLowerInvariant()})";
}
