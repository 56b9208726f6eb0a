namespace Hls4Net.Optimization;

/// <summary>How a pruned candidate is judged against the float reference of the unpruned model.</summary>
public enum PruneEvaluation
{
    /// <summary>The bit-accurate emulator under the base configuration (the candidate evaluator of the precision search).</summary>
    Fixed,

    /// <summary>The pruned model in float: the error of pruning alone (used before a precision search).</summary>
    Float,
}
