namespace Hls4Net.Core.Ir;

/// <summary>Constant float data (weights, biases, statistics) in row-major order.</summary>
public sealed class ConstTensor
{
    public ConstTensor(Shape shape, float[] data)
    {
        if (shape.Size != data.Length)
        {
            throw new ArgumentException($"tensor data has {data.Length} elements but shape {shape} needs {shape.Size}");
        }
        Shape = shape;
        Data = data;
    }

    public Shape Shape { get; }

    /// <summary>Row-major element data. Treat as read-only once the tensor is in a graph.</summary>
    public float[] Data { get; }

    public int Size => Data.Length;

    /// <summary>Element at a 2-D index, for rank-2 tensors.</summary>
    public float At(int row, int col) => Data[row * Shape[1] + col];
}
