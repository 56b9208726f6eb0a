using Hls4Net.Backends.Vitis.Tests.Stream;

namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>
/// <see cref="LayerCaseGenerator.AddEveryVariant"/> (seed <see cref="Seed"/> for the types and inputs), compiled
/// once as io_parallel and once as io_stream code, each compared with the emulator.
/// </summary>
public sealed class LayerSweepFixture
{
    /// <summary>The generator's seed (docs/testing.md).</summary>
    public const int Seed = 4711;

    public LayerSweepFixture()
    {
        var gen = new LayerCaseGenerator(Seed);
        gen.AddEveryVariant();
        Cases = gen.Cases;
        Parallel = LayerCaseComparer.Compare(gen.Cases, LayerCppDriver.Run(gen.Cases));
        Stream = LayerCaseComparer.Compare(gen.Cases, StreamLayerCppDriver.Run(gen.Cases));
    }

    public Dictionary<string, FamilyStats> Parallel { get; }

    public Dictionary<string, FamilyStats> Stream { get; }

    internal IReadOnlyList<LayerCase> Cases { get; }
}
