namespace Hls4Net.Core.Passes;

/// <summary>Where a pass of the <see cref="DefaultPipeline"/> runs.</summary>
public enum PassStage
{
    /// <summary>Rewrites that depend on the model only (never on the configuration): run once, right after import.</summary>
    Structural,

    /// <summary>Passes that read the configuration: run on a copy of the structural graph for every configuration.</summary>
    Configuration,
}
