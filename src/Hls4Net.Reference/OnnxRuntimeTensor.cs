namespace Hls4Net.Reference;

/// <summary>A named dense float tensor in row-major order, as fed to or returned by ONNX Runtime.</summary>
public sealed record OnnxRuntimeTensor(string Name, float[] Data, int[] Shape)
{
    /// <summary>Number of elements the shape describes.</summary>
    public long ElementCount => Shape.Aggregate(1L, (a, d) => a * d);
}
