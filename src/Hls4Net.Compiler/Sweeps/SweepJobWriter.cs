using System.Globalization;
using System.Text;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Tuning;

namespace Hls4Net.Sweeps;

/// <summary>
/// <c>sweep --synth --emit slurm|htcondor|local</c>: writes one Vitis project per valid point
/// (<c>points/&lt;id&gt;/</c>), <c>points.txt</c> (one id per line), <c>run_point.sh</c> (one job:
/// <c>&lt;hls4net&gt; build points/&lt;id&gt; --synth --vsynth --json</c>), and the Slurm job array script or the
/// HTCondor submit file that runs it once per line of points.txt (docs/sweep.md).
/// </summary>
public sealed class SweepJobWriter
{
    /// <summary>The arguments every job passes to <c>hls4net build</c> after the point's folder.</summary>
    public const string BuildArguments = "--synth --vsynth --json";

    /// <summary>Write the projects and job files; returns the job files written (relative to <paramref name="dir"/>).</summary>
    public IReadOnlyList<string> Write(HlsModel model, ProjectConfig baseConfig, IReadOnlyList<SweepResult> points, string dir, JobSystem system,
        string hls4net, SampleSet? testSamples, int parallelism)
    {
        var valid = points.Where(p => p.Status == "ok").OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        if (valid.Count == 0) throw new UsageException("no valid point to build");
        var copy = new ConfigCopy(baseConfig, "<sweep>");
        Directory.CreateDirectory(Path.Combine(dir, SweepFolder.Points));
        Directory.CreateDirectory(Path.Combine(dir, SweepFolder.Logs));
        Parallel.ForEach(valid, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, p =>
        {
            var config = SweepRunner.PointConfig(copy.Create(), new SweepPoint(p.Id, p.Precision, p.ReuseFactor, p.Strategy));
            model.Configure(config).Write(Path.Combine(dir, SweepFolder.Points, p.Id), new WriteOptions { Force = true, TestSamples = testSamples });
        });
        var files = new List<string> { SweepFolder.PointsTxt, SweepFolder.RunPoint };
        AtomicFile.WriteAllText(Path.Combine(dir, SweepFolder.PointsTxt), string.Concat(valid.Select(p => p.Id + "\n")));
        WriteScript(Path.Combine(dir, SweepFolder.RunPoint), RunPoint(hls4net));
        if (system == JobSystem.Slurm)
        {
            WriteScript(Path.Combine(dir, SweepFolder.Slurm), Slurm(valid.Count));
            files.Add(SweepFolder.Slurm);
        }
        else if (system == JobSystem.HtCondor)
        {
            AtomicFile.WriteAllText(Path.Combine(dir, SweepFolder.HtCondor), HtCondor());
            files.Add(SweepFolder.HtCondor);
        }
        return files;
    }

    /// <summary>The job: build one point's project.</summary>
    public static string RunPoint(string hls4net) =>
        "#!/bin/bash\n"
        + "# One sweep job: build the project of point $1 (points/$1); the build writes points/$1/hls4net_build.json.\n"
        + "set -euo pipefail\n"
        + "cd \"$(dirname \"$0\")\"\n"
        + "if [ $# -ne 1 ]; then echo \"usage: $0 POINT-ID\" >&2; exit 2; fi\n"
        + $"exec {hls4net} build \"points/$1\" {BuildArguments}\n";

    /// <summary>A Slurm job array over the lines of points.txt (task i runs line i).</summary>
    public static string Slurm(int count) =>
        "#!/bin/bash\n"
        + "#SBATCH --job-name=hls4net-sweep\n"
        + string.Create(CultureInfo.InvariantCulture, $"#SBATCH --array=1-{count}\n")
        + "#SBATCH --output=logs/slurm-%A_%a.out\n"
        + "#SBATCH --cpus-per-task=1\n"
        + "#SBATCH --mem=16G\n"
        + "#SBATCH --time=12:00:00\n"
        + "# Submit from the sweep folder: sbatch slurm.sh; then: hls4net sweep collect .\n"
        + "set -euo pipefail\n"
        + "cd \"${SLURM_SUBMIT_DIR:-.}\"\n"
        + "POINT=$(sed -n \"${SLURM_ARRAY_TASK_ID}p\" points.txt)\n"
        + "exec ./run_point.sh \"$POINT\"\n";

    /// <summary>An HTCondor submit file queuing one job per line of points.txt (shared file system).</summary>
    public static string HtCondor() =>
        "# Submit from the sweep folder: condor_submit htcondor.sub; then: hls4net sweep collect .\n"
        + "universe = vanilla\n"
        + "executable = run_point.sh\n"
        + "arguments = $(point)\n"
        + "should_transfer_files = NO\n"
        + "output = logs/$(point).out\n"
        + "error = logs/$(point).err\n"
        + "log = logs/htcondor.log\n"
        + "request_cpus = 1\n"
        + "request_memory = 16GB\n"
        + "queue point from points.txt\n";

    private static void WriteScript(string path, string text)
    {
        AtomicFile.WriteAllText(path, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
    }
}
