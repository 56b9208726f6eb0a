using System.Globalization;

namespace Hls4Net.Estimation.Budgets;

/// <summary>A latency budget in ns (<c>250</c>, <c>250ns</c>) or in clock cycles (<c>40cycles</c>).</summary>
public sealed record LatencyLimit(double Value, bool InCycles)
{
    public static LatencyLimit Parse(string text, string option)
    {
        var t = text.Trim().ToLowerInvariant();
        var cycles = t.EndsWith("cycles", StringComparison.Ordinal);
        var number = cycles ? t[..^6] : t.EndsWith("ns", StringComparison.Ordinal) ? t[..^2] : t;
        if (!double.TryParse(number.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v < 0)
        {
            throw new EstimationException($"{option}: '{text}' is not a latency (give ns, e.g. 250 or 250ns, or cycles, e.g. 40cycles)");
        }
        return new LatencyLimit(v, cycles);
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + (InCycles ? " cycles" : " ns");
}
