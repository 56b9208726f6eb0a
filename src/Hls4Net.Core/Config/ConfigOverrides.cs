using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Config;

/// <summary>
/// Command-line settings merged on top of the YAML config: precision, reuse factor and strategy go to the
/// <c>Model</c> level (LayerType/LayerName entries still win); the rest replace top-level keys. Null = not given.
/// Errors name the option (<c>--precision</c>, <c>--fpga</c>, ...).
/// </summary>
public sealed record ConfigOverrides
{
    /// <summary><c>--precision</c>: replaces the Model-level result/weight/bias/accum precisions (table types are kept).</summary>
    public string? Precision { get; init; }

    public int? ReuseFactor { get; init; }

    /// <summary><c>--strategy</c>: Latency or Resource (case-insensitive).</summary>
    public string? Strategy { get; init; }

    /// <summary><c>--semantics</c>: hls4ml or exact (the top-level <c>Semantics</c> key; HLSConfig sections that set their own still win).</summary>
    public string? Semantics { get; init; }

    /// <summary><c>--io-type</c>: io_parallel or io_stream.</summary>
    public string? IoType { get; init; }

    /// <summary><c>--fpga</c>: an alias (<c>xcvu9p</c>) or a full part name (unknown devices pass with a warning).</summary>
    public string? Part { get; init; }

    public double? ClockPeriod { get; init; }

    public string? ProjectName { get; init; }

    public string? OutputDir { get; init; }

    /// <summary>Apply the given overrides to <paramref name="config"/> in place and return it; warnings go to <paramref name="log"/>.</summary>
    public ProjectConfig ApplyTo(ProjectConfig config, FpgaPartCatalog catalog, Serilog.ILogger? log = null)
    {
        if (Precision is not null)
        {
            FixedType type;
            try
            {
                type = FixedType.Parse(Precision);
            }
            catch (FixedTypeException e)
            {
                throw new ConfigException($"--precision: {e.Message}", e);
            }
            config.Hls.Model.SetDefaultPrecision(type);
        }
        if (ReuseFactor is { } rf)
        {
            if (rf < 1) throw new ConfigException($"--reuse-factor: {rf} must be at least 1");
            config.Hls.Model.ReuseFactor = rf;
            config.Hls.Model.Origins[nameof(LayerConfig.ReuseFactor)] = "--reuse-factor";
        }
        if (Strategy is not null)
        {
            config.Hls.Model.Strategy = StrategyNames.TryParse(Strategy, out var s)
                ? s
                : throw new ConfigException($"--strategy: unknown strategy '{Strategy}' (expected Latency or Resource)");
            config.Hls.Model.Origins[nameof(LayerConfig.Strategy)] = "--strategy";
        }
        if (Semantics is not null)
        {
            config.Semantics = SemanticsNames.TryParse(Semantics, out var sem)
                ? sem
                : throw new ConfigException($"--semantics: unknown semantics '{Semantics}' (expected hls4ml or exact)");
        }
        if (IoType is not null)
        {
            config.IoType = IoTypeNames.TryParse(IoType, out var io)
                ? io
                : throw new ConfigException($"--io-type: unknown IO type '{IoType}' (expected io_parallel or io_stream)");
        }
        if (Part is not null) config.Part = catalog.Resolve(Part, "--fpga", log);
        if (ClockPeriod is { } clock)
        {
            if (!(clock > 0) || !double.IsFinite(clock)) throw new ConfigException($"--clock-period: {clock} must be a positive number of ns");
            config.ClockPeriod = clock;
        }
        if (ProjectName is not null) config.ProjectName = ProjectNameRule.Check(ProjectName, m => new ConfigException($"--project-name: {m}"));
        if (OutputDir is not null) config.OutputDir = OutputDir;
        return config;
    }
}
