namespace Hls4Net.Plots;

/// <summary>An axis range with round ticks (steps of 1, 2, 2.5 or 5 times a power of ten, about five of them).</summary>
public sealed record AxisScale(double Min, double Max, List<double> Ticks)
{
    /// <summary>
    /// The range covering <paramref name="values"/> (0..1 when empty). A range narrower than 1e-12 (times the larger of 1
    /// and |max| when <paramref name="relativeFlatness"/>) is widened by 5% of its value (or by 1 around 0).
    /// </summary>
    public static AxisScale Cover(List<double> values, bool relativeFlatness)
    {
        double lo = values.Count == 0 ? 0 : values.Min(), hi = values.Count == 0 ? 1 : values.Max();
        var flat = relativeFlatness ? 1e-12 * Math.Max(1, Math.Abs(hi)) : 1e-12;
        if (hi - lo < flat)
        {
            var pad = Math.Abs(lo) > 0 ? Math.Abs(lo) * 0.05 : 1;
            lo -= pad;
            hi += pad;
        }
        var raw = (hi - lo) / 5;
        var mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * mag).First(s => s >= raw);
        var min = Math.Floor(lo / step) * step;
        var max = Math.Ceiling(hi / step) * step;
        var ticks = new List<double>();
        for (var t = min; t <= max + step / 2; t += step) ticks.Add(Math.Round(t / step) * step);
        return new AxisScale(min, max, ticks);
    }
}
