using System.Globalization;
using System.Text;
using Hls4Net.Benchmarking;

namespace Hls4Net.Cli.Bench;

/// <summary>Formats a <see cref="BenchReport"/> as human-readable text (invariant culture).</summary>
public sealed class BenchReportPrinter
{
    public string Format(BenchReport report)
    {
        var m = report.Machine;
        var e = report.Emulator;
        var c = report.Convert;
        var text = new StringBuilder();
        if (m.Warning is { } warning) Line(text, $"!!! WARNING: {warning} !!!");
        Line(text, $"model: {report.Model} ({report.Layers} layers)");
        Line(text, $"machine: {m.ProcessorCount} processors, {m.Framework}, {m.Os} {m.Architecture}, {(m.ServerGc ? "server" : "workstation")} GC, " +
                   $"{m.Configuration} build{(m.Optimized ? "" : " (NOT optimized)")}");
        Line(text, $"emulator: {e.Samples} random samples (seed {e.Seed}) in batches of {e.Batch}, warm-up (at least 1 run, 60 calls and 1 s) + {report.Repeat} timed runs");
        Line(text, $"  throughput    median {N(e.SamplesPerSecondMedian, 0)} samples/s, best {N(e.SamplesPerSecondBest, 0)} samples/s");
        Line(text, $"  per core      median {N(e.SamplesPerCpuSecondMedian, 0)} samples per CPU-second (process CPU time, all threads)");
        Line(text, $"  per sample    {N(e.NsPerSampleMedian, 1)} ns (median), {N(e.CpuNsPerSampleMedian, 1)} ns CPU, {N(e.AllocatedBytesPerSample, 1)} bytes allocated");
        Line(text, "  per kernel    (one more run, timed per layer)");
        var width = e.Kernels.Select(k => k.Layer.Length + k.Op.Length + 3).DefaultIfEmpty(0).Max();
        foreach (var k in e.Kernels)
            Line(text, $"    {($"{k.Layer} ({k.Op})").PadRight(width)} {N(k.NsPerSample, 1),12} ns/sample {N(k.Percent, 1),6} %");
        Line(text, $"convert: import + passes + Vitis project write to a temp folder, 1 warm-up + {report.Repeat} timed runs");
        Line(text, $"  wall time     median {N(c.WallMsMedian, 2)} ms, best {N(c.WallMsBest, 2)} ms (warm-up run, with JIT: {N(c.FirstRunMs, 2)} ms)");
        Line(text, $"  import+passes median {N(c.CompileMsMedian, 2)} ms; project write median {N(c.WriteMsMedian, 2)} ms");
        return text.ToString();
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');

    private static string N(double value, int decimals) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);
}
