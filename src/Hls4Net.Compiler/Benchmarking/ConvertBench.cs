using System.Diagnostics;
using Serilog;
using Serilog.Core;

namespace Hls4Net.Benchmarking;

/// <summary>
/// Times the convert path in process: config + import + passes (<see cref="ModelCompiler"/>), then
/// <see cref="HlsDesign.Write"/> into a fresh temporary folder, deleted after each run (deletion is not timed).
/// The warm-up run logs through the command's logger; timed runs log nothing.
/// </summary>
public sealed class ConvertBench
{
    private readonly ILogger _log;

    public ConvertBench(ILogger log) => _log = log;

    public ConvertFigures Run(CompileRequest request, int repeat)
    {
        _log.Information("Convert: warm-up, then {Repeat} runs (project written to a temporary folder)", repeat);
        var (first, _) = Once(request, _log);
        var total = new double[repeat];
        var compile = new double[repeat];
        for (var r = 0; r < repeat; r++)
        {
            (total[r], compile[r]) = Once(request, Logger.None);
            _log.Debug("Convert run {Run}: {Total:F1} ms (import + passes {Compile:F1} ms)", r + 1, total[r], compile[r]);
        }
        return new ConvertFigures(
            BenchStatistics.Median(total),
            total.Min(),
            BenchStatistics.Median(compile),
            BenchStatistics.Median(total.Zip(compile, (t, c) => t - c).ToArray()),
            first,
            total);
    }

    private static (double TotalMs, double CompileMs) Once(CompileRequest request, ILogger log)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"hls4net-bench-{Guid.NewGuid():N}");
        try
        {
            var clock = Stopwatch.StartNew();
            var compiled = new ModelCompiler(log).Compile(request);
            var compileMs = clock.Elapsed.TotalMilliseconds;
            compiled.Write(dir);
            clock.Stop();
            return (clock.Elapsed.TotalMilliseconds, compileMs);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
