using Hls4Net.Core.Data;

namespace Hls4Net.Optimization;

/// <summary>What <see cref="PruneSearch"/> prunes by and judges with.</summary>
public sealed class PruneSettings
{
    /// <summary>The calibration samples every candidate is judged on.</summary>
    public required SampleSet Calibration { get; init; }

    /// <summary>The validation samples the result is checked on; null uses the calibration set.</summary>
    public SampleSet? Validation { get; init; }

    /// <summary>
    /// A fixed selection (sparsity or threshold), or null to search for the largest global sparsity (in steps of
    /// <see cref="Step"/>, up to <see cref="MaxSparsity"/>) that meets <see cref="Target"/>. In a search, the
    /// selection's <see cref="PruneSelection.PerLayer"/> and <see cref="PruneSelection.Layers"/> still apply.
    /// </summary>
    public PruneSelection? Selection { get; init; }

    /// <summary>Search options kept from the command line when <see cref="Selection"/> is null (per layer, named layers).</summary>
    public PruneSelection SearchTemplate { get; init; } = new();

    /// <summary>The accuracy to keep against the unpruned model's float outputs.</summary>
    public PrecisionTarget Target { get; init; } = PrecisionTarget.Default;

    /// <summary>How candidates are judged (default: bit-accurate under the base config).</summary>
    public PruneEvaluation Evaluation { get; init; } = PruneEvaluation.Fixed;

    /// <summary>Remove dead neurons and shrink the next layer (<see cref="StructuredPruner"/>).</summary>
    public bool Structured { get; init; } = true;

    /// <summary>Sparsity step of the search.</summary>
    public double Step { get; init; } = 0.01;

    /// <summary>Largest sparsity the search tries.</summary>
    public double MaxSparsity { get; init; } = 0.99;

    /// <summary>Fraction of the allowed error kept in reserve while searching on calibration (as the precision search's).</summary>
    public double Margin { get; init; } = 0.7;

    /// <summary>Candidate evaluations at once; part of the result's determinism.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
