namespace Hls4Net.Nas.Space;

/// <summary>The family of networks a search space describes.</summary>
public enum NasModelKind
{
    /// <summary>A multilayer perceptron: dense layers only.</summary>
    Mlp,

    /// <summary>1D convolution blocks over [channels, length], then a dense head.</summary>
    Cnn1D,

    /// <summary>2D convolution blocks over [channels, height, width], then a dense head.</summary>
    Cnn2D,
}
