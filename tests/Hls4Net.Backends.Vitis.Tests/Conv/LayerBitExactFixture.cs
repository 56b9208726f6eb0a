namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>
/// Builds all random cases (seed <see cref="Seed"/>), compiles them into one C++ program through the real emitters
/// (io_parallel), runs it and the emulator kernels, and records the mismatching outputs per family.
/// </summary>
public sealed class LayerBitExactFixture
{
    /// <summary>The generator's seed (docs/testing.md).</summary>
    public const int Seed = 20240611;

    public LayerBitExactFixture()
        : this(null)
    {
    }

    /// <summary>As the default, compiled against <paramref name="apTypes"/> (e.g. Xilinx's headers) instead of ours.</summary>
    internal LayerBitExactFixture(string? apTypes)
    {
        var gen = new LayerCaseGenerator(Seed);
        gen.AddConvolutions(40);
        gen.AddPooling(30);
        gen.AddLayoutAndMerges(40);
        gen.AddConvolutions(30, storeProducts: true); // issue 11, appended so the cases above keep their draws
        gen.AddAlignedConvolutions(32); // issue 15: the plane path of the im2col lane engine, appended likewise
        Cases = gen.Cases;
        Families = LayerCaseComparer.Compare(gen.Cases, LayerCppDriver.Run(gen.Cases, apTypes));
    }

    public Dictionary<string, FamilyStats> Families { get; }

    internal IReadOnlyList<LayerCase> Cases { get; }
}
