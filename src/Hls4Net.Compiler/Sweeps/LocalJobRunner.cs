using System.Diagnostics;

namespace Hls4Net.Sweeps;

/// <summary>
/// <c>--emit local</c>: runs the cluster jobs on this machine, exactly as a scheduler would (<c>bash run_point.sh ID</c>
/// in the sweep folder for each line of points.txt), <c>parallelism</c> at a time, each job's output in
/// <c>logs/ID.out</c> and <c>logs/ID.err</c>.
/// </summary>
public sealed class LocalJobRunner
{
    /// <summary>Run every job; returns each point's exit code.</summary>
    public IReadOnlyDictionary<string, int> Run(string dir, int parallelism, IProgress<SweepProgress>? progress = null)
    {
        var ids = File.ReadAllLines(Path.Combine(dir, SweepFolder.PointsTxt)).Where(l => l.Length > 0).ToList();
        var codes = new int[ids.Count];
        var clock = Stopwatch.StartNew();
        var done = 0;
        Directory.CreateDirectory(Path.Combine(dir, SweepFolder.Logs));
        Parallel.For(0, ids.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            var start = new ProcessStartInfo("bash") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(SweepFolder.RunPoint);
            start.ArgumentList.Add(ids[i]);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            File.WriteAllText(Path.Combine(dir, SweepFolder.Logs, ids[i] + ".out"), stdout.Result);
            File.WriteAllText(Path.Combine(dir, SweepFolder.Logs, ids[i] + ".err"), stderr.Result);
            codes[i] = process.ExitCode;
            progress?.Report(new SweepProgress(Interlocked.Increment(ref done), ids.Count, clock.Elapsed));
        });
        return ids.Select((id, i) => (id, i)).ToDictionary(t => t.id, t => codes[t.i], StringComparer.Ordinal);
    }
}
