using System.Globalization;
using System.Text;
using Hls4Net.Nas.Search;

namespace Hls4Net.Nas.Output;

/// <summary><c>results.csv</c>: one row per considered architecture in the report's order (ranked, then dropped), one column per proxy computed, invariant culture, empty cells for missing figures.</summary>
public static class NasCsv
{
    public static string Format(NasReport report)
    {
        var header = new List<string>
        {
            "rank", "index", "id", "status", "architecture", "parameters", "precision", "reuse_factor", "strategy",
            "dsp", "lut", "ff", "bram18k", "latency_cycles", "latency_ns", "ii", "feasible_choices", "choices",
        };
        header.AddRange(report.Proxies);
        header.AddRange(["pareto", "reason"]);
        var sb = new StringBuilder();
        sb.Append(string.Join(",", header)).Append('\n');
        foreach (var r in report.Candidates)
        {
            var cells = new List<string?>
            {
                I(r.Rank), I(r.Index), r.Id, r.Status, r.Architecture, I(r.Parameters), r.Precision, I(r.ReuseFactor), r.Strategy,
                I(r.Dsp), I(r.Lut), I(r.Ff), I(r.Bram18K), I(r.LatencyCycles), D(r.LatencyNs), I(r.Ii), I(r.FeasibleChoices), I(r.Choices),
            };
            cells.AddRange(report.Proxies.Select(p => r.Proxies.TryGetValue(p, out var v) ? D(v) : ""));
            cells.Add(r.Status == NasStatus.Feasible ? r.Pareto ? "true" : "false" : "");
            cells.Add(r.Reason);
            sb.Append(string.Join(",", cells.Select(Quote))).Append('\n');
        }
        return sb.ToString();
    }

    private static string I(long? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string D(double? v) => v is not { } d ? "" : double.IsNegativeInfinity(d) ? "-inf" : double.IsPositiveInfinity(d) ? "inf" : d.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string? cell) =>
        cell is null ? "" : cell.IndexOfAny([',', '"', '\n', '\r']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
