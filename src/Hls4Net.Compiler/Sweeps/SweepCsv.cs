using System.Globalization;
using System.Text;

namespace Hls4Net.Sweeps;

/// <summary><c>results.csv</c>: one row per point in id order, invariant culture, empty cells for missing figures.</summary>
public static class SweepCsv
{
    private static readonly string[] Header =
    [
        "id", "precision", "reuse_factor", "strategy", "status", "argmax", "max_abs", "rel_rmse", "overflows",
        "dsp", "lut", "ff", "bram18k", "latency_cycles", "latency_ns", "ii", "bit_exact", "pareto_dsp", "pareto_lut", "pareto_latency",
        "synth_status", "synth_dsp", "synth_lut", "synth_ff", "synth_bram18k", "synth_latency_cycles", "synth_ii", "vivado_dsp", "vivado_lut", "vivado_ff", "error",
    ];

    public static string Format(IEnumerable<SweepResult> results)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", Header)).Append('\n');
        foreach (var r in results.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            string?[] cells =
            [
                r.Id, r.Precision, I(r.ReuseFactor), r.Strategy, r.Status, D(r.Argmax), D(r.MaxAbs), D(r.RelRmse), I(r.Overflows),
                I(r.Dsp), I(r.Lut), I(r.Ff), I(r.Bram18K), I(r.LatencyCycles), D(r.LatencyNs), I(r.Ii), B(r.BitExact), B(r.ParetoDsp), B(r.ParetoLut), B(r.ParetoLatency),
                r.SynthStatus, I(r.SynthDsp), I(r.SynthLut), I(r.SynthFf), I(r.SynthBram18K), I(r.SynthLatencyCycles), I(r.SynthIi), I(r.VivadoDsp), I(r.VivadoLut), I(r.VivadoFf), r.Error,
            ];
            sb.Append(string.Join(",", cells.Select(Quote))).Append('\n');
        }
        return sb.ToString();
    }

    private static string I(long? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string D(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string B(bool? v) => v is null ? "" : v.Value ? "true" : "false";

    private static string Quote(string? cell) =>
        cell is null ? "" : cell.IndexOfAny([',', '"', '\n', '\r']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
