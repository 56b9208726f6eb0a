using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>
/// Counts which parts of the precision space a list of generated layer cases touches (per role: input, result,
/// accumulator), so a test can prove the generator's breadth instead of trusting it, and print it.
/// </summary>
internal static class PrecisionCoverage
{
    /// <summary>Number of cases per feature, e.g. "input AP_SAT_SYM", "result I≤0", "accum != result".</summary>
    public static SortedDictionary<string, int> Count(IEnumerable<LayerCase> cases)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void Hit(string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
        foreach (var c in cases)
        {
            foreach (var t in c.Node.Inputs.Select(v => v.Type!).Distinct()) Features("input", t, Hit);
            Features("result", c.Node.Output.Type!, Hit);
            if (c.Node.Precision.Accum is { } acc)
            {
                Features("accum", acc, Hit);
                if (acc != c.Node.Output.Type) Hit("accum != result");
            }
        }
        return counts;
    }

    /// <summary>The features every role must show: each Q mode, each O mode, N &gt; 0, unsigned, I ≤ 0, I ≥ W.</summary>
    public static IEnumerable<string> Required(string role)
    {
        foreach (var q in Enum.GetValues<QuantMode>()) yield return $"{role} {Name(q)}";
        foreach (var o in Enum.GetValues<OverflowMode>()) yield return $"{role} {Name(o)}";
        yield return $"{role} N>0";
        yield return $"{role} unsigned";
        yield return $"{role} I<=0";
        yield return $"{role} I>=W";
    }

    private static void Features(string role, FixedType t, Action<string> hit)
    {
        hit($"{role} {Name(t.Quant)}");
        hit($"{role} {Name(t.Overflow)}");
        if (t.SatBits > 0) hit($"{role} N>0");
        if (!t.Signed) hit($"{role} unsigned");
        if (t.IntBits <= 0) hit($"{role} I<=0");
        if (t.IntBits >= t.Width) hit($"{role} I>=W");
    }

    private static string Name(QuantMode q) => q switch
    {
        QuantMode.Rnd => "AP_RND",
        QuantMode.RndZero => "AP_RND_ZERO",
        QuantMode.RndMinInf => "AP_RND_MIN_INF",
        QuantMode.RndInf => "AP_RND_INF",
        QuantMode.RndConv => "AP_RND_CONV",
        QuantMode.Trn => "AP_TRN",
        _ => "AP_TRN_ZERO",
    };

    private static string Name(OverflowMode o) => o switch
    {
        OverflowMode.Sat => "AP_SAT",
        OverflowMode.SatZero => "AP_SAT_ZERO",
        OverflowMode.SatSym => "AP_SAT_SYM",
        OverflowMode.Wrap => "AP_WRAP",
        _ => "AP_WRAP_SM",
    };
}
