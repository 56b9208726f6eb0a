using System.Text.Json.Serialization;

namespace Hls4Net.Optimization;

/// <summary>What <see cref="PruneSearch"/> found: the pruned model, per-layer sparsity and the totals before and after.</summary>
public sealed record PruneReport
{
    /// <summary>The model file.</summary>
    public required string Model { get; init; }

    /// <summary>The target, as written on the command line.</summary>
    public required string Target { get; init; }

    /// <summary>How candidates were judged (fixed or float).</summary>
    public required string Evaluation { get; init; }

    /// <summary>The selection applied (searched or given).</summary>
    public required string Selection { get; init; }

    /// <summary>True when the sparsity was searched.</summary>
    public required bool Searched { get; init; }

    /// <summary>The global sparsity found by the search (or the given one); null for a threshold.</summary>
    public double? SearchedSparsity { get; init; }

    /// <summary>How pruning ended.</summary>
    public required SearchOutcome Outcome { get; init; }

    /// <summary>By how much the validation metric misses the target (positive when missed).</summary>
    public required double Shortfall { get; init; }

    /// <summary>One line saying how pruning ended.</summary>
    public required string Summary { get; init; }

    /// <summary>One row per Dense layer, in graph order.</summary>
    public required IReadOnlyList<LayerSparsity> Layers { get; init; }

    /// <summary>The layers that lost neurons.</summary>
    public required IReadOnlyList<NeuronRemoval> Removals { get; init; }

    /// <summary>The unpruned model.</summary>
    public required PruneTotals Before { get; init; }

    /// <summary>The pruned model.</summary>
    public required PruneTotals After { get; init; }

    /// <summary>Candidates judged.</summary>
    public required int Evaluations { get; init; }

    /// <summary>Wall time, seconds.</summary>
    public required double ElapsedSeconds { get; init; }

    /// <summary>The pruned model (in memory; write it with <see cref="Frontends.Onnx.OnnxPrunedModelWriter"/>).</summary>
    [JsonIgnore]
    public HlsModel PrunedModel { get; init; } = null!;
}
