namespace Hls4Net.Nas;

/// <summary>One layer of a <see cref="FloatNetwork"/>: an immutable description (no weights; the network holds them).
/// Shapes exclude the batch axis and are channels-first as in PyTorch and ONNX: a vector is [n], a 1-D signal
/// [channels, length], an image [channels, height, width]; element order is row-major.</summary>
public abstract class FloatLayer
{
    private protected FloatLayer() { }

    /// <summary>The output shape for an input shape; throws <see cref="ArgumentException"/> when the layer cannot
    /// take that input (wrong rank, window larger than the input).</summary>
    public abstract int[] OutputShape(IReadOnlyList<int> inputShape);

    /// <summary>The weight tensor's shape for an input shape (PyTorch/ONNX layout), or null for a layer without weights.</summary>
    public virtual int[]? WeightShape(IReadOnlyList<int> inputShape) => null;

    /// <summary>The bias length (0 for a layer without weights).</summary>
    public virtual int BiasLength => 0;

    /// <summary>Multiplications of one forward pass of one sample (the weight-times-activation products only).</summary>
    public virtual long Multiplications(IReadOnlyList<int> inputShape) => 0;

    /// <summary>y = layer(x). <paramref name="y"/> is fully written.</summary>
    internal abstract void Forward(ReadOnlySpan<double> x, Span<double> y, int[] inShape, int[] outShape,
        double[]? w, double[]? b);

    /// <summary>Back-propagates <paramref name="gy"/> (∂R/∂y): writes ∂R/∂x into <paramref name="gx"/> (fully written)
    /// and adds ∂R/∂W, ∂R/∂b into <paramref name="gw"/>, <paramref name="gb"/> (empty for weightless layers).</summary>
    internal abstract void Backward(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> gy,
        Span<double> gx, int[] inShape, int[] outShape, double[]? w, Span<double> gw, Span<double> gb);

    private protected static int Product(IReadOnlyList<int> shape)
    {
        var n = 1;
        foreach (var d in shape) n *= d;
        return n;
    }

    private protected static void RequireRank(IReadOnlyList<int> shape, int rank, string layer)
    {
        if (shape.Count != rank)
            throw new ArgumentException($"{layer} needs an input of rank {rank} (channels-first, no batch axis), got [{string.Join(", ", shape)}].");
    }
}
