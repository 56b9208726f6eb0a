namespace Hls4Net.Optimization;

/// <summary>What <see cref="PrecisionSearch"/> found: the tuned YAML, the per-layer table, totals before and after.</summary>
public sealed record PrecisionSearchReport
{
    /// <summary>The model file.</summary>
    public required string Model { get; init; }

    /// <summary>The target, as written on the command line.</summary>
    public required string Target { get; init; }

    /// <summary>The cost minimized (dsp, lut, bits).</summary>
    public required string Cost { get; init; }

    /// <summary>Where the calibration samples came from, and how many.</summary>
    public required string Calibration { get; init; }

    /// <summary>Where the validation samples came from (the calibration set when none was given).</summary>
    public required string Validation { get; init; }

    /// <summary>How the search ended.</summary>
    public required SearchOutcome Outcome { get; init; }

    /// <summary>By how much the validation metric misses the target (positive when missed).</summary>
    public required double Shortfall { get; init; }

    /// <summary>One line saying how the search ended.</summary>
    public required string Summary { get; init; }

    /// <summary>One row per layer (graph input first), in graph order.</summary>
    public required IReadOnlyList<LayerTuning> Layers { get; init; }

    /// <summary>The base configuration (the model's config file and overrides as given).</summary>
    public required SearchTotals Before { get; init; }

    /// <summary>The tuned configuration.</summary>
    public required SearchTotals After { get; init; }

    /// <summary>Knobs searched.</summary>
    public required int Knobs { get; init; }

    /// <summary>Candidates emulated.</summary>
    public required int Evaluations { get; init; }

    /// <summary>Candidate evaluations run at once.</summary>
    public required int Parallelism { get; init; }

    /// <summary>Wall time of the whole search, seconds.</summary>
    public required double ElapsedSeconds { get; init; }

    /// <summary>The tuned configuration as hls4ml-style YAML (every layer as a LayerName entry); <c>convert -c</c> reads it unchanged.</summary>
    public required string Yaml { get; init; }
}
