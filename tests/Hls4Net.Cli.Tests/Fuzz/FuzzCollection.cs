namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>
/// The fuzz tests point TMPDIR at each case's folder (to see every temporary file a run leaves) and measure the
/// process's allocations: nothing else may run at the same time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FuzzCollection
{
    public const string Name = "fuzz (process environment)";
}
