using System.Globalization;
using System.Text;
using Hls4Net.Sweeps;

namespace Hls4Net.Cli.Sweep;

/// <summary>The text summary of <c>hls4net sweep</c> and <c>sweep collect</c>: the Pareto-front points and the files.</summary>
public sealed class SweepPrinter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public string Format(SweepReport report, string dir, double seconds, IEnumerable<string> notes)
    {
        var sb = new StringBuilder();
        var ok = report.Points.Count(p => p.Status == "ok");
        sb.AppendLine($"model: {report.Model}");
        sb.AppendLine($"samples: {report.Samples}; metric: {report.Metric}");
        sb.AppendLine(string.Create(Inv, $"points: {report.Points.Count} ({ok} valid, {report.Points.Count - ok} invalid) in {seconds:0.0} s"));
        sb.AppendLine();
        var front = report.Points.Where(p => p.ParetoDsp || p.ParetoLut || p.ParetoLatency).OrderBy(p => p.Id, StringComparer.Ordinal);
        var synth = report.Points.Any(p => p.SynthStatus is not null);
        var header = new List<string> { "id", "precision", "reuse", "strategy", report.Metric, "dsp", "lut", "latency ns", "front" };
        if (synth) header.AddRange(["synth", "synth dsp", "synth lut", "synth cycles"]);
        sb.Append(new TextTable().Format(header, front.Select(p =>
        {
            var row = new List<string>
            {
                p.Id, p.Precision, p.ReuseFactor.ToString(Inv), p.Strategy, SweepRunner.Accuracy(p, report.Metric)?.ToString("G6", Inv) ?? "-",
                p.Dsp?.ToString(Inv) ?? "-", p.Lut?.ToString(Inv) ?? "-", p.LatencyNs?.ToString("0.##", Inv) ?? "-",
                string.Join("+", new[] { p.ParetoDsp ? "dsp" : null, p.ParetoLut ? "lut" : null, p.ParetoLatency ? "latency" : null }.Where(s => s is not null)),
            };
            if (synth) row.AddRange([p.SynthStatus ?? "-", p.SynthDsp?.ToString(Inv) ?? "-", p.SynthLut?.ToString(Inv) ?? "-", p.SynthLatencyCycles?.ToString(Inv) ?? "-"]);
            return row.ToArray();
        })));
        sb.AppendLine();
        foreach (var n in notes) sb.AppendLine(n);
        sb.AppendLine($"results: {Path.Combine(dir, SweepFolder.ResultsCsv)}, {Path.Combine(dir, SweepFolder.ResultsJson)}, {Path.Combine(dir, SweepFolder.ParetoSvg)}");
        return sb.ToString();
    }
}
