namespace Hls4Net.Nas;

/// <summary>Fills a <see cref="FloatNetwork"/>'s weights and biases from a seed, with the distributions PyTorch or Keras
/// use by default (<see cref="InitScheme"/>). Deterministic: one <see cref="SeededRandom"/> stream per call, drawn layer
/// by layer in order, for each layer first every weight in its layout order, then (TorchDefault only) every bias.
/// fan_in = weight shape[1] × kernel elements, fan_out = weight shape[0] × kernel elements (PyTorch's and Keras' rule).
/// The values follow the frameworks' distributions, not their random streams.</summary>
public sealed class SeededInitializer
{
    public SeededInitializer(InitScheme scheme = InitScheme.TorchDefault) => Scheme = scheme;

    /// <summary>The distributions used.</summary>
    public InitScheme Scheme { get; }

    /// <summary>Overwrites every weight and bias of <paramref name="network"/> from <paramref name="seed"/>.</summary>
    public void Initialize(FloatNetwork network, long seed)
    {
        var rng = new SeededRandom(seed);
        for (var i = 0; i < network.Layers.Count; i++)
        {
            var w = network.Weights[i];
            if (w is null) continue;
            var (fanIn, fanOut) = Fans(network, i);
            var b = network.Biases[i]!;
            var limit = WeightLimit(fanIn, fanOut);
            for (var j = 0; j < w.Length; j++) w[j] = rng.NextSymmetric(limit);
            if (Scheme == InitScheme.TorchDefault)
            {
                var bl = 1 / Math.Sqrt(fanIn);
                for (var j = 0; j < b.Length; j++) b[j] = rng.NextSymmetric(bl);
            }
            else Array.Clear(b);
        }
    }

    /// <summary>A copy of <paramref name="network"/> initialized from <paramref name="seed"/>.</summary>
    public FloatNetwork Initialized(FloatNetwork network, long seed)
    {
        var copy = network.Clone();
        Initialize(copy, seed);
        return copy;
    }

    /// <summary>The half-width of the uniform weight distribution for these fans.</summary>
    public double WeightLimit(int fanIn, int fanOut) => Scheme == InitScheme.TorchDefault
        ? 1 / Math.Sqrt(fanIn)
        : Math.Sqrt(6.0 / (fanIn + fanOut));

    /// <summary>(fan_in, fan_out) of layer <paramref name="layer"/> (which must have weights).</summary>
    public static (int FanIn, int FanOut) Fans(FloatNetwork network, int layer)
    {
        var shape = network.Layers[layer].WeightShape(network.LayerInputShape(layer))
            ?? throw new ArgumentException($"Layer {layer} has no weights.");
        var receptive = 1;
        for (var d = 2; d < shape.Length; d++) receptive *= shape[d];
        return (shape[1] * receptive, shape[0] * receptive);
    }
}
