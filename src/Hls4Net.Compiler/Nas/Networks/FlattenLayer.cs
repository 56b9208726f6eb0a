namespace Hls4Net.Nas;

/// <summary>Flattens the input to a vector in row-major (channels-first) order, as <c>torch.flatten(x, 1)</c> and ONNX
/// <c>Flatten</c> with axis 1.</summary>
public sealed class FlattenLayer : FloatLayer
{
    public override int[] OutputShape(IReadOnlyList<int> inputShape) => [Product(inputShape)];

    internal override void Forward(ReadOnlySpan<double> x, Span<double> y, int[] inShape, int[] outShape,
        double[]? w, double[]? b) => x.CopyTo(y);

    internal override void Backward(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> gy,
        Span<double> gx, int[] inShape, int[] outShape, double[]? w, Span<double> gw, Span<double> gb) => gy.CopyTo(gx);

    public override string ToString() => "Flatten";
}
