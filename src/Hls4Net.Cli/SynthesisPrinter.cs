using System.Globalization;
using Hls4Net.Synthesis;

namespace Hls4Net.Cli;

/// <summary>Prints a build record and a synthesis report for people (the JSON forms are the records themselves).</summary>
public sealed class SynthesisPrinter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly TextWriter _out;

    public SynthesisPrinter(TextWriter output) => _out = output;

    public void PrintBuild(BuildRecord r)
    {
        _out.WriteLine($"build {r.Status}: {string.Join(", ", r.Steps)} in {r.Project}{(r.Log is null ? "" : $" (log: {r.Log})")}");
        if (r.Csynth is { } c)
        {
            _out.WriteLine($"C synthesis: latency {N(c.LatencyBestCycles)}-{N(c.LatencyWorstCycles)} cycles ({Ns(c.LatencyWorstNs)}), II {N(c.IntervalMin)}-{N(c.IntervalMax)}, " +
                $"clock {D(c.EstimatedClockNs)} ns estimated for {D(c.TargetClockNs)} ns; {Resources(c.Used)}");
        }
        if (r.Cosim is { } s) _out.WriteLine($"co-simulation: {s.Status}, latency {N(s.LatencyMinCycles)}/{D(s.LatencyAvgCycles)}/{N(s.LatencyMaxCycles)} cycles (min/avg/max)");
        if (r.Vivado is { } v) _out.WriteLine($"Vivado synthesis: {Resources(v.Used)}; WNS {D(v.WorstNegativeSlackNs)} ns at {D(v.ClockPeriodNs)} ns");
        _out.WriteLine($"record: {BuildRecord.FileName}");
    }

    public void PrintReport(SynthesisReport r)
    {
        _out.WriteLine($"{r.Name} in {r.Project}");
        _out.Write(new TextTable().Format(
            ["figure", "estimate", "C synthesis", "error", "co-simulation", "error", "Vivado", "error"],
            r.Figures.Select(f => new[]
            {
                f.Unit.Length == 0 ? f.Figure : $"{f.Figure} ({f.Unit})",
                D(f.Estimate), D(f.Csynth), Pct(f.CsynthErrorPct), D(f.Cosim), Pct(f.CosimErrorPct), D(f.Vivado), Pct(f.VivadoErrorPct),
            })));
        _out.WriteLine("error = (estimate - reported) / reported");
        if (r.Estimate is null) _out.WriteLine($"no estimate: {r.EstimateError}");
        else _out.WriteLine($"estimate: {r.Estimate.Part} at {D(r.Estimate.ClockPeriodNs)} ns");
        if (r.Csynth is { } c)
        {
            _out.WriteLine($"C synthesis (Vitis HLS {c.Version}, {c.Part}): clock {D(c.EstimatedClockNs)} ns estimated for {D(c.TargetClockNs)} ns; " +
                $"latency {N(c.LatencyBestCycles)}-{N(c.LatencyWorstCycles)} cycles; available {Resources(c.Available)}");
        }
        if (r.Cosim is { } s) _out.WriteLine($"co-simulation: {s.Status} ({s.Rtl ?? "no RTL simulated"})");
        if (r.Vivado is { } v) _out.WriteLine($"Vivado synthesis: WNS {D(v.WorstNegativeSlackNs)} ns at {D(v.ClockPeriodNs)} ns{(v.WorstNegativeSlackNs < 0 ? " (timing NOT met)" : "")}");
        if (r.Build is { } b) _out.WriteLine($"last build: {b.Status} ({string.Join(", ", b.Steps)}){(b.Error is null ? "" : $": {b.Error}")}");
    }

    private static string Resources(SynthesisResources r) =>
        $"DSP {N(r.Dsp)}, LUT {N(r.Lut)}, FF {N(r.Ff)}, BRAM_18K {N(r.Bram18K)}, URAM {N(r.Uram)}";

    private static string N(long? v) => v?.ToString(Inv) ?? "-";

    private static string D(double? v) => v?.ToString("0.###", Inv) ?? "-";

    private static string Ns(double? v) => v is null ? "- ns" : $"{D(v)} ns";

    private static string Pct(double? v) => v is null ? "-" : (v > 0 ? "+" : "") + v.Value.ToString("0.0", Inv) + "%";
}
