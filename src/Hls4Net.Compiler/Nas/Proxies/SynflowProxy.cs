namespace Hls4Net.Nas;

/// <summary>Synaptic flow (Tanaka et al. 2020), as a zero-shot proxy (Abdelfattah et al. 2021):
/// Σ over weights of |θ ⊙ ∂R/∂θ| on the <i>linearized</i> network, where every weight and bias is replaced by its
/// absolute value, the input is all ones (the network's input shape; the batch's values are not used), and
/// R = Σ of the outputs. Exact, by one forward and one backward pass in double.
/// <para>Linearization convention: with |θ| and a positive input every ReLU passes its input unchanged, so synflow is a
/// function of the linear network; to keep that meaning for every network, all activation layers (ReLU, tanh, sigmoid,
/// linear) are replaced by the identity and a final softmax is dropped (its outputs sum to 1, so R would have no
/// gradient). Max pooling stays (a max over non-negative values; the first maximal element gets the gradient), average
/// pooling and flatten are linear. Biases take part as |b| in the forward pass but are not summed into the score (the
/// weights are the prunable parameters, as in both papers).</para></summary>
public sealed class SynflowProxy : IZeroShotProxy
{
    public string Name => "synflow";

    public double Score(FloatNetwork network, ProxyBatch batch) => Score(network);

    /// <summary>The score without a batch (synflow does not read the data).</summary>
    public static double Score(FloatNetwork network)
    {
        var keep = new List<int>();
        for (var i = 0; i < network.Layers.Count; i++)
            if (network.Layers[i] is not ActivationLayer) keep.Add(i);
        var linear = network.CloneWithLayers(network.Layers, [.. keep]);
        for (var i = 0; i < linear.Layers.Count; i++)
        {
            Abs(linear.Weights[i]);
            Abs(linear.Biases[i]);
        }
        var acts = linear.NewActivations();
        var ones = new double[linear.InputSize];
        Array.Fill(ones, 1.0);
        linear.ForwardInto(ones, acts);
        var gw = new double[]?[linear.Layers.Count];
        var gb = new double[]?[linear.Layers.Count];
        for (var i = 0; i < gw.Length; i++)
        {
            if (linear.Weights[i] is { } w) gw[i] = new double[w.Length];
            if (linear.Biases[i] is { } b) gb[i] = new double[b.Length];
        }
        var seed = new double[linear.OutputSize];
        Array.Fill(seed, 1.0);
        linear.BackwardInto(acts, seed, gw, gb, new double[linear.InputSize], new double[linear.MaxSize],
            new double[linear.MaxSize]);
        var score = 0.0;
        for (var i = 0; i < gw.Length; i++)
        {
            if (gw[i] is not { } g) continue;
            var w = linear.Weights[i]!;
            for (var j = 0; j < g.Length; j++) score += Math.Abs(w[j] * g[j]);
        }
        return score;
    }

    private static void Abs(double[]? values)
    {
        if (values is null) return;
        for (var i = 0; i < values.Length; i++) values[i] = Math.Abs(values[i]);
    }
}
