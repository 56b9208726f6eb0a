using System.Globalization;
using Hls4Net.Verification;

namespace Hls4Net.Cli.Verify;

/// <summary>The human-readable verify report: outputs, per-layer overflow, trace summary, verdict line last.</summary>
public sealed class VerifyReportPrinter
{
    public string Format(VerifyReport r)
    {
        var table = new TextTable();
        var text = $"model: {r.Model}\nfloat reference: {r.FloatReference}\ninputs: {r.Inputs}\n\n";
        text += table.Format(
            ["output", "values", "max abs error", "mean abs error", "argmax agreement", "bit-exact (csim)"],
            r.Outputs.Select(o => new[]
            {
                o.Name, I(o.Size), F(o.MaxAbsError), F(o.MeanAbsError),
                o.ArgmaxAgreement is { } a ? $"{F(a)} ({I((int)Math.Round(a * r.Samples))}/{I(r.Samples)})" : "-",
                o.BitExactSamples is { } b ? $"{I(b)}/{I(r.Samples)}" : "-",
            }));
        text += "\n" + table.Format(
            ["layer", "op", "stores", "overflows", "%", "flag"],
            r.Layers.Select(l => new[] { l.Layer, l.Op, L(l.Stores), L(l.Overflows), l.Percent.ToString("0.###", CultureInfo.InvariantCulture), l.Overflows > 0 ? "<- OVERFLOW" : "" }));
        var overflowing = r.Layers.Count(l => l.Overflows > 0);
        text += overflowing == 0 ? "no overflows\n" : $"{I(overflowing)} layer(s) overflowed (values wrapped or saturated)\n";
        if (r.Trace.Count > 0)
        {
            text += "\ntrace (emulator vs float, per layer):\n" + table.Format(
                ["layer", "value", "max abs error", "mean abs error", "file"],
                r.Trace.Select(t => new[]
                {
                    t.Layer, t.Value, t.MaxAbsError is { } m ? F(m) : "-", t.MeanAbsError is { } e ? F(e) : "-",
                    t.File ?? $"skipped: {t.Skipped}",
                }));
        }
        return text + "\n" + r.Verdict.Line + "\n";
    }

    private static string F(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string L(long v) => v.ToString(CultureInfo.InvariantCulture);
}
