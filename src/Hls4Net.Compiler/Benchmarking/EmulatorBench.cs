using System.Diagnostics;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Emulation;
using Hls4Net.Ops;
using Serilog;

namespace Hls4Net.Benchmarking;

/// <summary>
/// Times the bit-accurate emulator (<see cref="Interpreter"/> with the default kernels) on seeded random samples.
/// Samples are generated and flattened into batches before timing; a run is every batch once, on this thread. Each
/// timed run also takes the process's CPU time (<see cref="Process.TotalProcessorTime"/>, all threads: the runtime's
/// GC and JIT threads included), so that the per-core throughput can be stated on a loaded machine.
/// </summary>
public sealed class EmulatorBench
{
    private readonly Interpreter _interpreter = new(StandardOps.Create().Kernels());
    private readonly ILogger _log;

    public EmulatorBench(ILogger log) => _log = log;

    public EmulatorFigures Run(Graph graph, BenchSettings settings)
    {
        if (graph.Inputs.Count != 1) throw new BenchException($"the model has {graph.Inputs.Count} inputs; bench feeds single-input models only");
        var batches = Batches(SampleSet.Random(settings.Samples, graph.Inputs[0].Shape.Size, settings.Seed), settings.Batch);
        _log.Information("Emulator: warm-up (at least 1 run, 60 calls and 1 s), then {Repeat} runs of {Samples} samples in batches of {Batch}", settings.Repeat, settings.Samples, settings.Batch);
        WarmUp(graph, batches);
        var seconds = new double[settings.Repeat];
        var bytes = new double[settings.Repeat];
        var cpu = new double[settings.Repeat];
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < settings.Repeat; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            RunAll(graph, batches);
            clock.Stop();
            process.Refresh();
            cpu[r] = Math.Max(1e-9, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
            bytes[r] = GC.GetAllocatedBytesForCurrentThread() - before;
            seconds[r] = clock.Elapsed.TotalSeconds;
            _log.Debug("Emulator run {Run}: {Seconds:F4} s wall, {Cpu:F4} s CPU", r + 1, seconds[r], cpu[r]);
        }
        var median = BenchStatistics.Median(seconds);
        var cpuMedian = BenchStatistics.Median(cpu);
        var times = new KernelTimes();
        foreach (var (data, count) in batches) _interpreter.Run(graph, [data], count, times: times);
        var totals = times.Totals();
        var all = Math.Max(1e-12, totals.Sum(t => t.Time.TotalSeconds));
        var kernels = totals.Select(t => new KernelFigures(t.Node.Name, t.Node.Op.Kind, t.Time.TotalSeconds * 1e9 / settings.Samples,
            100 * t.Time.TotalSeconds / all)).ToList();
        return new EmulatorFigures(
            settings.Samples,
            settings.Batch,
            settings.Seed,
            settings.Samples / median,
            settings.Samples / seconds.Min(),
            median * 1e9 / settings.Samples,
            BenchStatistics.Median(bytes) / settings.Samples,
            settings.Samples / cpuMedian,
            cpuMedian * 1e9 / settings.Samples,
            seconds,
            kernels);
    }

    /// <summary>
    /// At least one run, then more until <see cref="WarmCalls"/> interpreter calls and <see cref="WarmTime"/> have
    /// passed (at most <see cref="WarmCap"/>): the runtime's tiered JIT recompiles a method with optimizations only after
    /// about 30 calls and a quiet spell, so one run of a few large batches would time unoptimized kernel loops.
    /// </summary>
    private void WarmUp(Graph graph, List<(double[] Data, int Count)> batches)
    {
        var clock = Stopwatch.StartNew();
        var calls = 0;
        do
        {
            RunAll(graph, batches);
            calls += batches.Count;
        }
        while ((calls < WarmCalls || clock.Elapsed < WarmTime) && clock.Elapsed < WarmCap);
    }

    private const int WarmCalls = 60;
    private static readonly TimeSpan WarmTime = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan WarmCap = TimeSpan.FromSeconds(10);

    private void RunAll(Graph graph, List<(double[] Data, int Count)> batches)
    {
        foreach (var (data, count) in batches) _interpreter.Run(graph, data, count);
    }

    private static List<(double[] Data, int Count)> Batches(SampleSet samples, int batch)
    {
        var result = new List<(double[], int)>();
        for (var start = 0; start < samples.Count; start += batch)
        {
            var rows = samples.Rows.Skip(start).Take(batch).ToList();
            result.Add((new SampleSet(rows, samples.Source).Flatten(), rows.Count));
        }
        return result;
    }
}
