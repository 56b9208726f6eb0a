using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;

namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>Runs every case's emulator kernel and compares its raw outputs with the C++ driver's, per family.</summary>
internal static class LayerCaseComparer
{
    public static Dictionary<string, FamilyStats> Compare(IReadOnlyList<LayerCase> cases, IReadOnlyDictionary<int, long[]> cpp)
    {
        var families = new Dictionary<string, FamilyStats>();
        foreach (var c in cases)
        {
            var overflow = new OverflowCounter();
            var expected = c.Kernel.Run(c.Node, c.Inputs, overflow);
            var got = cpp.GetValueOrDefault(c.Id) ?? [];
            var stats = families.TryGetValue(c.Family, out var s) ? s : families[c.Family] = new FamilyStats();
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
        return families;
    }

    private static long SignExtend(long bits, FixedType t)
    {
        if (!t.Signed || t.Width >= 64) return bits;
        var shift = 64 - t.Width;
        return (bits << shift) >> shift;
    }
}
