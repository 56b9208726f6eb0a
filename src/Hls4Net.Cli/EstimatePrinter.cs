using System.Globalization;
using Hls4Net.Core.Config;
using Hls4Net.Estimation;
using Hls4Net.Estimation.Budgets;

namespace Hls4Net.Cli;

/// <summary>Prints an estimate as a table with reasons, totals, utilization and verdict, or as JSON (Schemas/estimate.schema.json).</summary>
public sealed class EstimatePrinter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly TextWriter _out;

    public EstimatePrinter(TextWriter output) => _out = output;

    public void PrintText(ProjectConfig config, DesignEstimate e, BudgetVerdict verdict)
    {
        _out.Write(new TextTable().Format(
            ["layer", "op", "dsp", "lut", "ff", "bram18k", "uram", "cycles", "ii"],
            e.Layers.Select(l => new[]
            {
                l.Layer, l.Op, N(l.Resources.Dsp), N(l.Resources.Lut), N(l.Resources.Ff), N(l.Resources.Bram18K), N(l.Resources.Uram),
                N(l.LatencyCycles), N(l.Ii),
            })));
        _out.WriteLine("Reasons:");
        foreach (var l in e.Layers)
        {
            _out.WriteLine($"  {l.Layer}:");
            _out.WriteLine($"    DSP: {l.Reasons.Dsp}");
            _out.WriteLine($"    LUT: {l.Reasons.Lut}");
            _out.WriteLine($"    FF: {l.Reasons.Ff}");
            _out.WriteLine($"    BRAM: {l.Reasons.Bram}");
            _out.WriteLine($"    latency: {l.Reasons.Latency}; II: {l.Reasons.Ii}");
        }
        var t = e.Total;
        _out.WriteLine($"Total: {N(t.Dsp)} DSP, {N(t.Lut)} LUT, {N(t.Ff)} FF, {N(t.Bram18K)} BRAM_18K, {N(t.Uram)} URAM");
        _out.WriteLine($"Latency: {N(e.LatencyCycles)} cycles = {e.LatencyNs.ToString("0.##", Inv)} ns at {config.ClockPeriod.ToString(Inv)} ns; II {N(e.Ii)} ({e.IiReason}); {IoTypeNames.Name(config.IoType)}");
        if (e.Device is null)
        {
            _out.WriteLine($"Part {e.Part}: not in Hls4Net's device list, so no utilization");
        }
        else
        {
            var u = e.Utilization;
            var approx = e.Device.Approximate ? " (device counts approximate)" : "";
            _out.WriteLine($"Utilization of {e.Part}{approx}: DSP {P(u.Dsp)}, LUT {P(u.Lut)}, FF {P(u.Ff)}, BRAM_18K {P(u.Bram18K)}, URAM {P(u.Uram)}");
        }
        foreach (var c in verdict.Checks.Where(c => c.Limit is not null))
        {
            _out.WriteLine($"  {c.Resource}: {c.Estimate.ToString("0.##", Inv)} of {c.LimitText}: {(c.Within ? "ok" : "OVER")}");
        }
        _out.WriteLine(verdict.Fits ? "Verdict: fits" : $"Verdict: does not fit ({string.Join(", ", verdict.Violations.Select(v => v.Resource))} over)");
    }

    public void PrintJson(string model, ProjectConfig config, DesignEstimate e, BudgetVerdict verdict)
    {
        _out.WriteLine(CliJson.Serialize(new EstimateJson(
            model,
            e.Part,
            e.Device is null ? null : new EstimateDeviceJson(e.Device.Alias, e.Device.Family, e.Device.Approximate),
            IoTypeNames.Name(config.IoType),
            config.ClockPeriod,
            e.Layers.Select(l => new EstimateLayerJson(
                l.Layer, l.Op, l.Resources.Dsp, l.Resources.Lut, l.Resources.Ff, l.Resources.Bram18K, l.Resources.Uram, l.LatencyCycles, l.Ii, l.Reasons)),
            new EstimateResourcesJson(e.Total.Dsp, e.Total.Lut, e.Total.Ff, e.Total.Bram18K, e.Total.Uram),
            new EstimateUtilizationJson(e.Utilization.Dsp, e.Utilization.Lut, e.Utilization.Ff, e.Utilization.Bram18K, e.Utilization.Uram),
            e.LatencyCycles,
            e.LatencyNs,
            e.Ii,
            e.IiReason,
            verdict.Fits,
            verdict.Checks)));
    }

    private static string N(long v) => v.ToString(Inv);

    private static string P(double? pct) => pct is null ? "n/a" : pct.Value.ToString("0.##", Inv) + "%";
}
