namespace Hls4Net.Nas;

/// <summary>Padding of a stride-1 convolution.</summary>
public enum ConvPadding
{
    /// <summary>No padding: the output is shorter by kernel − 1 on each convolved axis.</summary>
    Valid,

    /// <summary>Zero padding that keeps the length (stride 1): kernel − 1 zeros in total, the extra one (even kernels)
    /// after the data, as Keras, PyTorch's <c>padding='same'</c> and ONNX <c>SAME_UPPER</c> do.</summary>
    Same,
}
