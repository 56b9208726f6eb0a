namespace Hls4Net.Nas;

/// <summary>A fully connected layer on a vector input [in] → [units]. Weight layout [units, in] row-major, as
/// PyTorch's <c>nn.Linear.weight</c> and ONNX <c>Gemm</c> with transB = 1 (Keras stores the transpose); bias [units].</summary>
public sealed class DenseLayer : FloatLayer
{
    public DenseLayer(int units)
    {
        if (units < 1) throw new ArgumentException($"Dense units must be at least 1, got {units}.");
        Units = units;
    }

    /// <summary>The output width.</summary>
    public int Units { get; }

    public override int BiasLength => Units;

    public override int[] OutputShape(IReadOnlyList<int> inputShape)
    {
        RequireRank(inputShape, 1, "Dense");
        return [Units];
    }

    public override int[]? WeightShape(IReadOnlyList<int> inputShape) => [Units, inputShape[0]];

    public override long Multiplications(IReadOnlyList<int> inputShape) => (long)Units * inputShape[0];

    internal override void Forward(ReadOnlySpan<double> x, Span<double> y, int[] inShape, int[] outShape,
        double[]? w, double[]? b)
    {
        var n = x.Length;
        var wt = w.AsSpan();
        for (var o = 0; o < Units; o++)
        {
            var row = wt.Slice(o * n, n);
            var s = b![o];
            for (var i = 0; i < n; i++) s += row[i] * x[i];
            y[o] = s;
        }
    }

    internal override void Backward(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> gy,
        Span<double> gx, int[] inShape, int[] outShape, double[]? w, Span<double> gw, Span<double> gb)
    {
        var n = x.Length;
        gx.Clear();
        var wt = w.AsSpan();
        for (var o = 0; o < Units; o++)
        {
            var g = gy[o];
            gb[o] += g;
            var row = wt.Slice(o * n, n);
            var grow = gw.Slice(o * n, n);
            for (var i = 0; i < n; i++)
            {
                grow[i] += g * x[i];
                gx[i] += g * row[i];
            }
        }
    }

    public override string ToString() => $"Dense({Units})";
}
