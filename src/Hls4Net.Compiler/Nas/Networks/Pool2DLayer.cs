namespace Hls4Net.Nas;

/// <summary>2-D max or average pooling [channels, height, width] → [channels, height / sizeH, width / sizeW] with
/// stride = size and no padding (trailing partial windows are dropped), as Keras' <c>MaxPooling2D</c>/
/// <c>AveragePooling2D</c> defaults and PyTorch's <c>MaxPool2d(size)</c>/<c>AvgPool2d(size)</c>.</summary>
public sealed class Pool2DLayer : FloatLayer
{
    public Pool2DLayer(PoolMode mode, int sizeH, int sizeW)
    {
        if (sizeH < 1 || sizeW < 1) throw new ArgumentException($"Pool2D size must be at least 1×1, got {sizeH}×{sizeW}.");
        Mode = mode;
        SizeH = sizeH;
        SizeW = sizeW;
    }

    /// <summary>Max or average.</summary>
    public PoolMode Mode { get; }

    /// <summary>Window height and vertical stride.</summary>
    public int SizeH { get; }

    /// <summary>Window width and horizontal stride.</summary>
    public int SizeW { get; }

    public override int[] OutputShape(IReadOnlyList<int> inputShape)
    {
        RequireRank(inputShape, 3, "Pool2D");
        if (inputShape[1] < SizeH || inputShape[2] < SizeW)
            throw new ArgumentException($"Pool2D size {SizeH}×{SizeW} is larger than its input {inputShape[1]}×{inputShape[2]}.");
        return [inputShape[0], inputShape[1] / SizeH, inputShape[2] / SizeW];
    }

    internal override void Forward(ReadOnlySpan<double> x, Span<double> y, int[] inShape, int[] outShape,
        double[]? w, double[]? b)
    {
        int c = inShape[0], h = inShape[1], wd = inShape[2], ho = outShape[1], wo = outShape[2];
        for (var ch = 0; ch < c; ch++)
        for (var i = 0; i < ho; i++)
        for (var j = 0; j < wo; j++)
        {
            double acc = Mode == PoolMode.Max ? double.NegativeInfinity : 0;
            for (var ki = 0; ki < SizeH; ki++)
            for (var kj = 0; kj < SizeW; kj++)
            {
                var v = x[(ch * h + i * SizeH + ki) * wd + j * SizeW + kj];
                acc = Mode == PoolMode.Max ? (v > acc ? v : acc) : acc + v;
            }
            y[(ch * ho + i) * wo + j] = Mode == PoolMode.Max ? acc : acc / (SizeH * SizeW);
        }
    }

    internal override void Backward(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> gy,
        Span<double> gx, int[] inShape, int[] outShape, double[]? w, Span<double> gw, Span<double> gb)
    {
        int c = inShape[0], h = inShape[1], wd = inShape[2], ho = outShape[1], wo = outShape[2];
        gx.Clear();
        for (var ch = 0; ch < c; ch++)
        for (var i = 0; i < ho; i++)
        for (var j = 0; j < wo; j++)
        {
            var g = gy[(ch * ho + i) * wo + j];
            var best = -1;
            for (var ki = 0; ki < SizeH; ki++)
            for (var kj = 0; kj < SizeW; kj++)
            {
                var at = (ch * h + i * SizeH + ki) * wd + j * SizeW + kj;
                if (Mode == PoolMode.Average) gx[at] += g / (SizeH * SizeW);
                else if (best < 0 || x[at] > x[best]) best = at;
            }
            if (Mode == PoolMode.Max) gx[best] += g;
        }
    }

    public override string ToString() => $"{(Mode == PoolMode.Max ? "MaxPool2D" : "AvgPool2D")}({SizeH}x{SizeW})";
}
