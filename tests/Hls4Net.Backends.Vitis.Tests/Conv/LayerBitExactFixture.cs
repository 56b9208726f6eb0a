using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;

namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>
/// Builds all random cases (seeded), compiles them into one C++ program through the real emitters, runs it and the
/// emulator kernels, and records the mismatching outputs per family.
/// </summary>
public sealed class LayerBitExactFixture
{
    public LayerBitExactFixture()
        : this(null)
    {
    }

    /// <summary>As the default, compiled against <paramref name="apTypes"/> (e.g. Xilinx's headers) instead of ours.</summary>
    internal LayerBitExactFixture(string? apTypes)
    {
        var gen = new LayerCaseGenerator(20240611);
        gen.AddConvolutions(40);
        gen.AddPooling(30);
        gen.AddLayoutAndMerges(40);
        var cpp = LayerCppDriver.Run(gen.Cases, apTypes);
        foreach (var c in gen.Cases)
        {
            var overflow = new OverflowCounter();
            var expected = c.Kernel.Run(c.Node, c.Inputs, overflow);
            var got = cpp.GetValueOrDefault(c.Id) ?? [];
            var stats = Families.TryGetValue(c.Family, out var s) ? s : Families[c.Family] = new FamilyStats();
            stats.Cases++;
            stats.Values += expected.Raw.Length;
            stats.Overflows += overflow.Overflows;
            if (got.Length != expected.Raw.Length)
            {
                stats.Mismatches.Add($"{c}: C++ printed {got.Length} values, emulator {expected.Raw.Length}");
                continue;
            }
            var type = expected.Type;
            for (var i = 0; i < got.Length; i++)
            {
                var cppRaw = SignExtend(got[i], type);
                if (cppRaw != expected.Raw[i])
                {
                    stats.Mismatches.Add($"{c}: output {i % c.OutputSize} of sample {i / c.OutputSize}: C++ {cppRaw}, emulator {expected.Raw[i]}");
                }
            }
        }
    }

    public Dictionary<string, FamilyStats> Families { get; } = new();

    private static long SignExtend(long bits, FixedType t)
    {
        if (!t.Signed || t.Width >= 64) return bits;
        var shift = 64 - t.Width;
        return (bits << shift) >> shift;
    }

    public sealed class FamilyStats
    {
        public int Cases { get; set; }

        public long Values { get; set; }

        public long Overflows { get; set; }

        public List<string> Mismatches { get; } = new();
    }
}
