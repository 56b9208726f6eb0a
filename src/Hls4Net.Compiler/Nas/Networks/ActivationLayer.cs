namespace Hls4Net.Nas;

/// <summary>An element-wise activation (softmax: over the last axis). Activations are always layers of their own, as
/// in ONNX (Gemm then Relu).</summary>
public sealed class ActivationLayer : FloatLayer
{
    public ActivationLayer(ActivationKind kind) => Kind = kind;

    /// <summary>The function.</summary>
    public ActivationKind Kind { get; }

    /// <summary>True for the activations that threshold their input (ReLU, tanh, sigmoid): the ones whose input sign
    /// gives NASWOT's binary codes.</summary>
    public bool IsNonlinearHidden => Kind is ActivationKind.Relu or ActivationKind.Tanh or ActivationKind.Sigmoid;

    public override int[] OutputShape(IReadOnlyList<int> inputShape) => [.. inputShape];

    internal override void Forward(ReadOnlySpan<double> x, Span<double> y, int[] inShape, int[] outShape,
        double[]? w, double[]? b)
    {
        switch (Kind)
        {
            case ActivationKind.Linear: x.CopyTo(y); break;
            case ActivationKind.Relu:
                for (var i = 0; i < x.Length; i++) y[i] = x[i] > 0 ? x[i] : 0;
                break;
            case ActivationKind.Tanh:
                for (var i = 0; i < x.Length; i++) y[i] = Math.Tanh(x[i]);
                break;
            case ActivationKind.Sigmoid:
                for (var i = 0; i < x.Length; i++) y[i] = 1 / (1 + Math.Exp(-x[i]));
                break;
            case ActivationKind.Softmax:
                var n = inShape[^1];
                for (var start = 0; start < x.Length; start += n)
                {
                    var xs = x.Slice(start, n);
                    var ys = y.Slice(start, n);
                    var max = double.NegativeInfinity;
                    foreach (var v in xs) max = Math.Max(max, v);
                    var sum = 0.0;
                    for (var i = 0; i < n; i++) sum += ys[i] = Math.Exp(xs[i] - max);
                    for (var i = 0; i < n; i++) ys[i] /= sum;
                }
                break;
        }
    }

    internal override void Backward(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> gy,
        Span<double> gx, int[] inShape, int[] outShape, double[]? w, Span<double> gw, Span<double> gb)
    {
        switch (Kind)
        {
            case ActivationKind.Linear: gy.CopyTo(gx); break;
            case ActivationKind.Relu:
                for (var i = 0; i < x.Length; i++) gx[i] = x[i] > 0 ? gy[i] : 0;
                break;
            case ActivationKind.Tanh:
                for (var i = 0; i < x.Length; i++) gx[i] = gy[i] * (1 - y[i] * y[i]);
                break;
            case ActivationKind.Sigmoid:
                for (var i = 0; i < x.Length; i++) gx[i] = gy[i] * y[i] * (1 - y[i]);
                break;
            case ActivationKind.Softmax:
                var n = inShape[^1];
                for (var start = 0; start < x.Length; start += n)
                {
                    var dot = 0.0;
                    for (var i = 0; i < n; i++) dot += gy[start + i] * y[start + i];
                    for (var i = 0; i < n; i++) gx[start + i] = y[start + i] * (gy[start + i] - dot);
                }
                break;
        }
    }

    public override string ToString() => Kind.ToString().ToLowerInvariant();
}
