namespace Hls4Net.Nas;

/// <summary>1-D max or average pooling [channels, length] → [channels, length / size] with stride = size and no padding
/// (a trailing partial window is dropped), as Keras' <c>MaxPooling1D</c>/<c>AveragePooling1D</c> defaults and
/// PyTorch's <c>MaxPool1d(size)</c>/<c>AvgPool1d(size)</c>.</summary>
public sealed class Pool1DLayer : FloatLayer
{
    public Pool1DLayer(PoolMode mode, int size)
    {
        if (size < 1) throw new ArgumentException($"Pool1D size must be at least 1, got {size}.");
        Mode = mode;
        Size = size;
    }

    /// <summary>Max or average.</summary>
    public PoolMode Mode { get; }

    /// <summary>Window length and stride.</summary>
    public int Size { get; }

    public override int[] OutputShape(IReadOnlyList<int> inputShape)
    {
        RequireRank(inputShape, 2, "Pool1D");
        if (inputShape[1] < Size)
            throw new ArgumentException($"Pool1D size {Size} is longer than its input length {inputShape[1]}.");
        return [inputShape[0], inputShape[1] / Size];
    }

    internal override void Forward(ReadOnlySpan<double> x, Span<double> y, int[] inShape, int[] outShape,
        double[]? w, double[]? b)
    {
        int c = inShape[0], len = inShape[1], lo = outShape[1];
        for (var ch = 0; ch < c; ch++)
        for (var t = 0; t < lo; t++)
        {
            var window = x.Slice(ch * len + t * Size, Size);
            double acc = Mode == PoolMode.Max ? double.NegativeInfinity : 0;
            foreach (var v in window) acc = Mode == PoolMode.Max ? (v > acc ? v : acc) : acc + v;
            y[ch * lo + t] = Mode == PoolMode.Max ? acc : acc / Size;
        }
    }

    internal override void Backward(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> gy,
        Span<double> gx, int[] inShape, int[] outShape, double[]? w, Span<double> gw, Span<double> gb)
    {
        int c = inShape[0], len = inShape[1], lo = outShape[1];
        gx.Clear();
        for (var ch = 0; ch < c; ch++)
        for (var t = 0; t < lo; t++)
        {
            var start = ch * len + t * Size;
            var g = gy[ch * lo + t];
            if (Mode == PoolMode.Average)
            {
                for (var k = 0; k < Size; k++) gx[start + k] += g / Size;
                continue;
            }
            var best = 0;
            for (var k = 1; k < Size; k++)
                if (x[start + k] > x[start + best]) best = k;
            gx[start + best] += g;
        }
    }

    public override string ToString() => $"{(Mode == PoolMode.Max ? "MaxPool1D" : "AvgPool1D")}({Size})";
}
