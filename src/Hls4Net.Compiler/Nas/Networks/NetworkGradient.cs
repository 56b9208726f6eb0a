namespace Hls4Net.Nas;

/// <summary>The gradient of a scalar R with respect to a <see cref="FloatNetwork"/>'s parameters (same layout and
/// indexing as <see cref="FloatNetwork.Weights"/> and <see cref="FloatNetwork.Biases"/>) and its input.</summary>
public sealed class NetworkGradient
{
    internal NetworkGradient(double[]?[] weights, double[]?[] biases, double[] input)
    {
        Weights = weights;
        Biases = biases;
        Input = input;
    }

    /// <summary>∂R/∂W per layer (null for layers without weights).</summary>
    public IReadOnlyList<double[]?> Weights { get; }

    /// <summary>∂R/∂b per layer (null for layers without weights).</summary>
    public IReadOnlyList<double[]?> Biases { get; }

    /// <summary>∂R/∂x.</summary>
    public double[] Input { get; }
}
