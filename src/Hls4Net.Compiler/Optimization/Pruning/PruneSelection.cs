namespace Hls4Net.Optimization;

/// <summary>
/// Which Dense weights magnitude pruning sets to zero (biases are never pruned). Exactly one of
/// <see cref="Sparsity"/> and <see cref="Threshold"/> applies to the layers not named in <see cref="Layers"/>;
/// <see cref="Layers"/> gives named layers their own sparsity.
/// </summary>
public sealed record PruneSelection
{
    /// <summary>
    /// Fraction of the weights to zero, in [0, 1): the ⌊s·N⌋ weights of smallest magnitude, over all layers together
    /// (global) or within each layer (<see cref="PerLayer"/>). Ties break by layer order, then by weight index.
    /// </summary>
    public double? Sparsity { get; init; }

    /// <summary>Zero every weight whose magnitude is below this (|w| &lt; T).</summary>
    public double? Threshold { get; init; }

    /// <summary>Apply <see cref="Sparsity"/> to each layer separately instead of globally.</summary>
    public bool PerLayer { get; init; }

    /// <summary>Per-layer sparsity by layer name; these layers are left out of the global ranking.</summary>
    public IReadOnlyDictionary<string, double> Layers { get; init; } = new Dictionary<string, double>();

    /// <summary>Checks the fractions and the threshold.</summary>
    /// <exception cref="UsageException">A sparsity is outside [0, 1) or the threshold is negative.</exception>
    public void Validate()
    {
        if (Sparsity is { } s && (s is < 0 or >= 1 || double.IsNaN(s))) throw new UsageException($"--sparsity must be in [0, 1), got {s}");
        if (Threshold is { } t && (t < 0 || !double.IsFinite(t))) throw new UsageException($"--threshold must be a finite number >= 0, got {t}");
        if (Sparsity is not null && Threshold is not null) throw new UsageException("give --sparsity or --threshold, not both");
        foreach (var (name, v) in Layers)
        {
            if (v is < 0 or >= 1 || double.IsNaN(v)) throw new UsageException($"--layer-sparsity {name}={v}: the sparsity must be in [0, 1)");
        }
    }

    /// <summary>The selection as the command line writes it.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Sparsity is { } s) parts.Add(FormattableString.Invariant($"sparsity {s:0.####}{(PerLayer ? " per layer" : " global")}"));
        if (Threshold is { } t) parts.Add(FormattableString.Invariant($"threshold {t:G6}"));
        parts.AddRange(Layers.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => FormattableString.Invariant($"{kv.Key} {kv.Value:0.####}")));
        return parts.Count == 0 ? "nothing" : string.Join(", ", parts);
    }
}
