using System.Globalization;
using System.Text;
using Hls4Net.Nas.Output;
using Hls4Net.Nas.Search;

namespace Hls4Net.Cli.Nas;

/// <summary>The text summary of <c>hls4net nas</c>: what was considered and dropped (and why), the ranked feasible candidates (at most 20 rows) and the files.</summary>
public sealed class NasPrinter
{
    private const int MaxRows = 20;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public string Format(NasReport report, string dir, double seconds)
    {
        var sb = new StringBuilder();
        sb.AppendLine(string.Create(Inv, $"space: {report.Space} ({report.Model}), {report.SpaceSize} architectures x {report.ChoicesPerCandidate} hardware choices; target {report.Part} at {report.ClockPeriodNs} ns"));
        sb.AppendLine($"budgets: {string.Join(", ", report.Budgets)}");
        sb.AppendLine(string.Create(Inv, $"considered: {report.Considered}{(report.Sampled ? $" (sampled with seed {report.Seed})" : " (all)")} in {seconds:0.0} s"));
        var reasons = report.DropReasons.Count == 0 ? "" : " (" + string.Join(", ", report.DropReasons.Select(kv => $"{kv.Key}: {kv.Value}")) + ")";
        sb.AppendLine($"dropped: {report.Dropped}{reasons}");
        sb.AppendLine($"feasible: {report.Feasible}, ranked by {report.RankedBy}; proxies on {report.Data}, weights {report.Init} init, seed {report.Seed}");
        sb.AppendLine();
        var ranked = report.Candidates.Where(c => c.Rank is not null).Take(MaxRows).ToList();
        if (ranked.Count > 0)
        {
            var header = new List<string> { "rank", "id", "precision", "reuse", "strategy", "latency ns", "dsp", "lut", "ff", "bram" };
            header.AddRange(report.Proxies);
            header.Add("front");
            sb.Append(new TextTable().Format(header, ranked.Select(c =>
            {
                var row = new List<string>
                {
                    c.Rank!.Value.ToString(Inv), c.Id, c.Precision ?? "-", c.ReuseFactor?.ToString(Inv) ?? "-", c.Strategy ?? "-",
                    c.LatencyNs?.ToString("0.##", Inv) ?? "-", c.Dsp?.ToString(Inv) ?? "-", c.Lut?.ToString(Inv) ?? "-", c.Ff?.ToString(Inv) ?? "-", c.Bram18K?.ToString(Inv) ?? "-",
                };
                row.AddRange(report.Proxies.Select(p => c.Proxies.TryGetValue(p, out var v) ? v.ToString("G6", Inv) : "-"));
                row.Add(c.Pareto ? "yes" : "");
                return row.ToArray();
            })));
            if (report.Feasible > ranked.Count) sb.AppendLine($"... {report.Feasible - ranked.Count} more in {Path.Combine(dir, NasFolder.ResultsCsv)}");
            sb.AppendLine();
        }
        else
        {
            sb.AppendLine("no candidate meets the budgets; the closest misses are in results.csv (status over-budget, reason)");
        }
        sb.AppendLine($"results: {Path.Combine(dir, NasFolder.ResultsCsv)}, {Path.Combine(dir, NasFolder.ResultsJson)}, {Path.Combine(dir, NasFolder.ParetoSvg)}");
        if (report.Top.Count > 0) sb.AppendLine($"top {report.Top.Count} (model.onnx + hls4ml_config.yml, train then 'hls4net convert'): {Path.Combine(dir, NasFolder.TopDir)}/");
        return sb.ToString();
    }
}
