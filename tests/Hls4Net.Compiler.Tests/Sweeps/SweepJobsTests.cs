using System.Text.RegularExpressions;
using Hls4Net.Core.Config;
using Hls4Net.Sweeps;
using Hls4Net.Synthesis;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Sweeps;

/// <summary>
/// The cluster files of <c>sweep --synth</c> parsed and checked (sbatch --test-only is not available here), collect on
/// hand-written build records, and the local mode end to end with a stub hls4net command that writes a record.
/// </summary>
public sealed class SweepJobsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-sweep-jobs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private SweepReport WriteSweep(JobSystem system, string hls4net)
    {
        var model = HlsModel.Load(RepoPaths.Sample("jet_mlp.onnx"));
        var report = new SweepRunner().Run(model, new ProjectConfig(), SweepGrid.Parse("ap_fixed<8,3>;ap_fixed<12,4>", "1,3", "Latency"),
            new SweepSettings { Samples = Core.Data.SampleSet.Random(20, 16, 1), Parallelism = 2 });
        var files = new SweepJobWriter().Write(model, new ProjectConfig(), report.Points, _dir, system, hls4net, null, 2);
        report = report with { JobFiles = files };
        SweepFolder.WriteResults(_dir, report);
        return report;
    }

    [LinuxFact]
    public void TheSlurmArrayRunsOneBuildPerValidPoint()
    {
        var report = WriteSweep(JobSystem.Slurm, "dotnet /opt/hls4net/hls4net.dll");
        // RF 3 divides none of the jet tagger's Dense sizes: those two points are invalid and get no project.
        Assert.Equal(["ok", "invalid", "ok", "invalid"], report.Points.Select(p => p.Status));
        var valid = report.Points.Where(p => p.Status == "ok").Select(p => p.Id).ToList();
        Assert.Equal(["p01", "p03"], valid);
        Assert.Equal(valid, File.ReadAllLines(Path.Combine(_dir, SweepFolder.PointsTxt)));
        Assert.All(valid, id => Assert.True(File.Exists(Path.Combine(_dir, "points", id, "build_prj.tcl")), id));
        Assert.False(Directory.Exists(Path.Combine(_dir, "points", "p02")));

        var slurm = File.ReadAllText(Path.Combine(_dir, SweepFolder.Slurm));
        Assert.StartsWith("#!/bin/bash\n", slurm);
        var directives = Regex.Matches(slurm, @"^#SBATCH (--[a-z-]+)=(\S+)$", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal("1-2", directives["--array"]); // one task per line of points.txt, numbered from 1
        Assert.Contains("--output", directives.Keys);
        Assert.Contains("sed -n \"${SLURM_ARRAY_TASK_ID}p\" points.txt", slurm);
        Assert.Contains("exec ./run_point.sh \"$POINT\"", slurm);
        // No directive after the first command (sbatch stops reading them there).
        var firstCommand = slurm.Split('\n').ToList().FindIndex(l => l.Length > 0 && !l.StartsWith('#'));
        Assert.DoesNotContain(slurm.Split('\n').Skip(firstCommand), l => l.StartsWith("#SBATCH", StringComparison.Ordinal));

        var run = File.ReadAllText(Path.Combine(_dir, SweepFolder.RunPoint));
        Assert.Contains("exec dotnet /opt/hls4net/hls4net.dll build \"points/$1\" --synth --vsynth --json\n", run);
        if (!OperatingSystem.IsWindows()) Assert.True(File.GetUnixFileMode(Path.Combine(_dir, SweepFolder.RunPoint)).HasFlag(UnixFileMode.UserExecute));
        Assert.Equal(0, Bash($"-n {SweepFolder.Slurm}").Code); // both scripts parse
        Assert.Equal(0, Bash($"-n {SweepFolder.RunPoint}").Code);
    }

    [Fact]
    public void TheHtCondorSubmitFileQueuesOnePointPerLine()
    {
        WriteSweep(JobSystem.HtCondor, "hls4net");
        var lines = File.ReadAllLines(Path.Combine(_dir, SweepFolder.HtCondor)).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Equal("queue point from points.txt", lines[^1]);
        var commands = lines[..^1].Select(l => l.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        Assert.Equal("run_point.sh", commands["executable"]);
        Assert.Equal("$(point)", commands["arguments"]);
        Assert.Equal("vanilla", commands["universe"]);
        Assert.Contains("$(point)", commands["output"]);
        Assert.True(File.Exists(Path.Combine(_dir, commands["executable"])));
        Assert.False(File.Exists(Path.Combine(_dir, SweepFolder.Slurm)));
    }

    [Fact]
    public void CollectMergesHandWrittenRecordsAndReportsTheMissingOnes()
    {
        WriteSweep(JobSystem.Slurm, "hls4net");
        File.WriteAllText(Path.Combine(_dir, "points", "p01", BuildRecord.FileName), """
            {"project": "points/p01", "steps": ["synth", "vsynth"], "status": "ok", "exitCode": 0,
             "csynth": {"latencyWorstCycles": 17, "intervalMax": 1, "used": {"dsp": 12, "lut": 3456, "ff": 789, "bram18K": 2}},
             "vivado": {"used": {"dsp": 11, "lut": 3000, "ff": 700}}}
            """);
        var outcome = new SweepCollector().Collect(_dir);
        Assert.Equal(["p01"], outcome.Built);
        Assert.Equal(["p03"], outcome.Missing);
        var p01 = outcome.Report.Points.Single(p => p.Id == "p01");
        Assert.Equal(("ok", 12L, 3456L, 789L, 2L, 17L, 11L, 3000L), (p01.SynthStatus, p01.SynthDsp, p01.SynthLut, p01.SynthFf, p01.SynthBram18K, p01.SynthLatencyCycles, p01.VivadoDsp, p01.VivadoLut));
        Assert.Equal("missing", outcome.Report.Points.Single(p => p.Id == "p03").SynthStatus);
        Assert.Null(outcome.Report.Points.Single(p => p.Id == "p02").SynthStatus); // invalid: never built
        var csv = File.ReadAllLines(Path.Combine(_dir, SweepFolder.ResultsCsv));
        Assert.Contains(",ok,12,3456,789,2,17,1,11,3000,700,", csv.Single(l => l.StartsWith("p01,", StringComparison.Ordinal)));
        Assert.Contains("class=\"synth\" data-id=\"p01\"", File.ReadAllText(Path.Combine(_dir, SweepFolder.ParetoSvg)));
    }

    [Fact]
    public void CollectWithNoRecordAtAllIsAnError()
    {
        WriteSweep(JobSystem.Slurm, "hls4net");
        var e = Assert.Throws<Core.Data.InputDataException>(() => new SweepCollector().Collect(_dir));
        Assert.Contains("2 missing", e.Message);
    }

    [LinuxFact]
    public void LocalModeRunsTheJobCommandLinesAndCollectsTheirRecords()
    {
        // A stub hls4net: `build DIR --synth --vsynth --json` writes a record whose DSP count is the point's id number.
        var stub = Path.Combine(_dir, "..", Path.GetFileName(_dir) + "-stub.sh");
        File.WriteAllText(stub, """
            #!/bin/bash
            [ "$1" = build ] && [ "$3" = --synth ] && [ "$4" = --vsynth ] && [ "$5" = --json ] || { echo "bad args: $*" >&2; exit 2; }
            n=$(basename "$2" | tr -dc 0-9 | sed 's/^0*//')
            echo "{\"project\": \"$2\", \"status\": \"ok\", \"csynth\": {\"latencyWorstCycles\": 9, \"used\": {\"dsp\": $n, \"lut\": 100}}}" > "$2/hls4net_build.json"
            echo '{"status": "ok"}'
            """.Replace("\r", "", StringComparison.Ordinal));
        try
        {
            WriteSweep(JobSystem.Local, $"bash {stub}");
            var codes = new LocalJobRunner().Run(_dir, 2);
            Assert.Equal(new Dictionary<string, int> { ["p01"] = 0, ["p03"] = 0 }, codes);
            Assert.Equal("{\"status\": \"ok\"}\n", File.ReadAllText(Path.Combine(_dir, "logs", "p03.out")));
            var outcome = new SweepCollector().Collect(_dir);
            Assert.Equal([1L, 3L], outcome.Report.Points.Where(p => p.Status == "ok").Select(p => p.SynthDsp!.Value));
            Assert.Empty(outcome.Missing);
        }
        finally
        {
            File.Delete(stub);
        }
    }

    private (int Code, string Err) Bash(string args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash", args) { WorkingDirectory = _dir, RedirectStandardError = true };
        using var p = System.Diagnostics.Process.Start(start)!;
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, err);
    }
}
