namespace Hls4Net.Optimization;

/// <summary>
/// Structured pruning of one Dense layer: the outputs (neurons) it keeps, by original index, and the next Dense layer
/// whose weight rows shrank with it. <see cref="Folded"/> neurons had all-zero incoming weights: their constant output
/// (the activation of their bias) was folded into <see cref="Next"/>'s bias.
/// </summary>
public sealed record NeuronRemoval(string Layer, string Next, int OriginalOutputs, IReadOnlyList<int> KeptOutputs, int Folded)
{
    /// <summary>Neurons removed.</summary>
    public int Removed => OriginalOutputs - KeptOutputs.Count;
}
