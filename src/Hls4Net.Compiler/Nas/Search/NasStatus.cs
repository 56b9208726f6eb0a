namespace Hls4Net.Nas.Search;

/// <summary>The status names of a <see cref="NasCandidate"/>.</summary>
public static class NasStatus
{
    /// <summary>At least one hardware choice meets every budget.</summary>
    public const string Feasible = "feasible";

    /// <summary>Every configured choice misses a budget.</summary>
    public const string OverBudget = "over-budget";

    /// <summary>The shapes do not work out, or the configuration refused every choice.</summary>
    public const string Invalid = "invalid";
}
