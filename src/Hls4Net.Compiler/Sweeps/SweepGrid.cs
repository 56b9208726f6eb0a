using System.Globalization;
using System.Text.RegularExpressions;
using Hls4Net.Core.Config;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Sweeps;

/// <summary>
/// The grid of a sweep: precisions × reuse factors × strategies, in that nesting order (docs/sweep.md). A precision
/// spec is a list separated by ';' whose items are types (<c>ap_fixed&lt;16,6&gt;</c>) or ranges
/// (<c>ap_fixed&lt;8..18,4..8&gt;</c>, with an optional step: <c>ap_fixed&lt;8..18:2,6&gt;</c>) whose width and
/// integer ranges expand to every pair (the integer bits at most the width).
/// </summary>
public sealed partial class SweepGrid
{
    public SweepGrid(IReadOnlyList<string> precisions, IReadOnlyList<int> reuseFactors, IReadOnlyList<string> strategies)
    {
        if (precisions.Count == 0 || reuseFactors.Count == 0 || strategies.Count == 0) throw new UsageException("the sweep grid is empty");
        Precisions = precisions;
        ReuseFactors = reuseFactors;
        Strategies = strategies;
    }

    public IReadOnlyList<string> Precisions { get; }

    public IReadOnlyList<int> ReuseFactors { get; }

    public IReadOnlyList<string> Strategies { get; }

    /// <summary>The points, ids numbered from 1 with as many digits as the count needs (at least 2).</summary>
    public IReadOnlyList<SweepPoint> Points()
    {
        var count = Precisions.Count * ReuseFactors.Count * Strategies.Count;
        var digits = Math.Max(2, count.ToString(CultureInfo.InvariantCulture).Length);
        var points = new List<SweepPoint>(count);
        foreach (var p in Precisions)
        {
            foreach (var rf in ReuseFactors)
            {
                foreach (var s in Strategies)
                {
                    points.Add(new SweepPoint("p" + (points.Count + 1).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0'), p, rf, s));
                }
            }
        }
        return points;
    }

    /// <summary>Parse the three option values (reuse factors and strategies comma-separated).</summary>
    /// <exception cref="UsageException">A value is malformed.</exception>
    public static SweepGrid Parse(string precision, string reuseFactors, string strategies) =>
        new(ParsePrecisions(precision), ParseReuseFactors(reuseFactors), ParseStrategies(strategies));

    /// <summary>Expand a precision spec (see the class remarks) into canonical type names, duplicates removed, in order.</summary>
    public static IReadOnlyList<string> ParsePrecisions(string spec)
    {
        var result = new List<string>();
        foreach (var raw in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = RangeType().Match(raw.Replace(" ", "", StringComparison.Ordinal));
            if (!m.Success)
            {
                result.Add(Canonical(raw));
                continue;
            }
            var widths = Range(m.Groups["w"].Value, raw);
            var ints = Range(m.Groups["i"].Value, raw);
            foreach (var w in widths)
            {
                foreach (var i in ints.Where(i => i <= w)) result.Add(Canonical($"{m.Groups["kind"].Value}<{w},{i}{m.Groups["rest"].Value}>"));
            }
        }
        var distinct = result.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0) throw new UsageException($"--precision '{spec}': no type (a range whose integer bits all exceed its widths?)");
        return distinct;
    }

    public static IReadOnlyList<int> ParseReuseFactors(string text)
    {
        var values = new List<int>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v < 1)
            {
                throw new UsageException($"--reuse-factor '{text}': '{item}' is not a positive integer");
            }
            if (!values.Contains(v)) values.Add(v);
        }
        return values.Count > 0 ? values : throw new UsageException("--reuse-factor: no value");
    }

    public static IReadOnlyList<string> ParseStrategies(string text)
    {
        var values = new List<string>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!StrategyNames.TryParse(item, out var s)) throw new UsageException($"--strategy '{text}': '{item}' is not Latency or Resource");
            var name = StrategyNames.Name(s);
            if (!values.Contains(name)) values.Add(name);
        }
        return values.Count > 0 ? values : throw new UsageException("--strategy: no value");
    }

    private static string Canonical(string text)
    {
        try
        {
            return FixedType.Parse(text).ToString();
        }
        catch (Exception e) when (e is FormatException or ArgumentException or Hls4NetException)
        {
            throw new UsageException($"--precision: '{text}' is not a fixed-point type ({e.Message})");
        }
    }

    private static List<int> Range(string text, string item)
    {
        var m = RangeSpec().Match(text);
        if (!m.Success) throw new UsageException($"--precision '{item}': '{text}' is not N, A..B or A..B:STEP");
        var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        var b = m.Groups["b"].Success ? int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture) : a;
        var step = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 1;
        if (b < a || step < 1) throw new UsageException($"--precision '{item}': the range '{text}' is empty or its step is not positive");
        var values = new List<int>();
        for (var v = a; v <= b; v += step) values.Add(v);
        return values;
    }

    [GeneratedRegex(@"^(?<kind>ap_u?fixed|u?fixed)<(?<w>\d+(\.\.\d+(:\d+)?)?),(?<i>-?\d+(\.\.-?\d+(:\d+)?)?)(?<rest>(,[^>]*)?)>$")]
    private static partial Regex RangeType();

    [GeneratedRegex(@"^(?<a>-?\d+)(\.\.(?<b>-?\d+)(:(?<s>\d+))?)?$")]
    private static partial Regex RangeSpec();
}
