namespace Hls4Net.Nas;

/// <summary>Baseline proxy: bit operations of one inference, Σ over layers of multiplications × weight bits ×
/// activation (input) bits, at the precisions given (uniform, or per layer index). Only layers with weights multiply
/// (Dense: in × out; Conv: output positions × filters × channels × kernel). Ignores the weights' values and the batch.</summary>
public sealed class BopsProxy : IZeroShotProxy
{
    private readonly Func<int, (int WeightBits, int ActivationBits)> _bits;

    /// <summary>The same widths for every layer (e.g. 16 and 16 for ap_fixed&lt;16,6&gt; weights and data).</summary>
    public BopsProxy(int weightBits, int activationBits)
    {
        if (weightBits < 1 || activationBits < 1)
            throw new ArgumentException($"Bit widths must be at least 1, got {weightBits} and {activationBits}.");
        _bits = _ => (weightBits, activationBits);
    }

    /// <summary>Widths per layer index (of <see cref="FloatNetwork.Layers"/>); asked only for layers with weights.</summary>
    public BopsProxy(Func<int, (int WeightBits, int ActivationBits)> bitsPerLayer) => _bits = bitsPerLayer;

    public string Name => "bops";

    public double Score(FloatNetwork network, ProxyBatch batch) => Bops(network);

    /// <summary>The bit operations as an exact integer.</summary>
    public long Bops(FloatNetwork network)
    {
        long total = 0;
        for (var i = 0; i < network.Layers.Count; i++)
        {
            var mults = network.Layers[i].Multiplications(network.LayerInputShape(i));
            if (mults == 0) continue;
            var (w, a) = _bits(i);
            total += mults * w * a;
        }
        return total;
    }
}
