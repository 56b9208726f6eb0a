namespace Hls4Net.Reference;

/// <summary>Session settings. Defaults suit a shared build machine: one thread, all graph optimizations.</summary>
public sealed record OnnxRuntimeSessionOptions
{
    /// <summary>Threads used inside one operator; 0 lets ORT choose.</summary>
    public int IntraOpThreads { get; init; } = 1;

    /// <summary>When false, ORT runs the graph as written (no fusion or constant folding).</summary>
    public bool OptimizeGraph { get; init; } = true;
}
