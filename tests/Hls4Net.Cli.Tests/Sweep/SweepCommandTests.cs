using System.Xml.Linq;
using Hls4Net.Cli.Tests.Contract;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Sweep;

/// <summary>
/// <c>hls4net sweep</c> and <c>sweep collect</c> from the command line: the files, --json against sweep.schema.json, the
/// folder rule (never into a folder that is not a sweep; --force to replace a sweep), and collect with no record.
/// </summary>
public sealed class SweepCommandTests : IDisposable
{
    private static readonly string Jet = RepoPaths.Sample("jet_mlp.onnx");
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-sweep-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ASweepWritesTheResultsAndItsJsonMatchesTheSchema()
    {
        var output = Path.Combine(_dir, "sweep");
        string[] args = ["sweep", Jet, "--precision", "ap_fixed<8..12:4,4>", "--reuse-factor", "1,2", "--strategy", "Latency,Resource", "--samples", "50", "-o", output, "--json"];
        var run = CliRun.Of(args);
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        CommandSchemas.AssertValid("sweep", run.Out);
        Assert.Equal(8, run.Json().GetProperty("points").GetArrayLength());
        Assert.Equal(9, File.ReadAllLines(Path.Combine(output, "results.csv")).Length);
        XDocument.Load(Path.Combine(output, "pareto.svg"));
        Assert.Contains("8/8 points", run.Err); // the progress bar's last line

        var again = CliRun.Of(args);
        Assert.True(again.Code == ExitCodes.Usage, again.ToString()); // a sweep is there: --force needed
        var forced = CliRun.Of([.. args, "--force"]);
        Assert.True(forced.Code == ExitCodes.Ok, forced.ToString());
        Assert.Equal(run.Out, forced.Out); // deterministic

        var collect = CliRun.Of("sweep", "collect", output, "--json");
        Assert.True(collect.Code == ExitCodes.Error, collect.ToString()); // no point was built
        CommandSchemas.AssertValid("sweep", collect.Out);
    }

    [Fact]
    public void ASweepNeverWritesIntoAFolderThatIsNotASweep()
    {
        File.WriteAllText(Path.Combine(_dir, "notes.txt"), "mine");
        var run = CliRun.Of("sweep", Jet, "--precision", "ap_fixed<16,6>", "-o", _dir, "--force");
        Assert.True(run.Code == ExitCodes.Usage, run.ToString());
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void TheSlurmFilesAreWrittenWithTheGivenCommand()
    {
        var output = Path.Combine(_dir, "cluster");
        var run = CliRun.Of("sweep", Jet, "--precision", "ap_fixed<16,6>", "--reuse-factor", "1,4", "--samples", "20", "-o", output,
            "--synth", "--emit", "slurm", "--hls4net", "dotnet /opt/hls4net.dll");
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        Assert.Contains("sbatch slurm.sh", run.Out);
        Assert.Contains("#SBATCH --array=1-2", File.ReadAllText(Path.Combine(output, "slurm.sh")));
        Assert.Contains("exec dotnet /opt/hls4net.dll build \"points/$1\" --synth --vsynth --json", File.ReadAllText(Path.Combine(output, "run_point.sh")));
        Assert.True(File.Exists(Path.Combine(output, "points", "p02", "firmware", "myproject.cpp")));
    }
    [LinuxFact]
    public void LocalEmitRunsTheJobsAndCollectsTheirRecords()
    {
        // A stub hls4net whose build writes a record with 7 DSP and 42 cycles into the point's folder.
        var stub = Path.Combine(_dir, "stub.sh");
        File.WriteAllText(stub, "#!/bin/bash\n[ \"$1\" = build ] || exit 2\n"
            + "echo '{\"status\": \"ok\", \"csynth\": {\"latencyWorstCycles\": 42, \"used\": {\"dsp\": 7}}}' > \"$2/hls4net_build.json\"\n");
        var output = Path.Combine(_dir, "local");
        var run = CliRun.Of("sweep", Jet, "--precision", "ap_fixed<12,4>;ap_fixed<16,6>", "--samples", "20", "-o", output,
            "--synth", "--emit", "local", "--hls4net", $"bash {stub}", "--json");
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        CommandSchemas.AssertValid("sweep", run.Out);
        var points = run.Json().GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(2, points.Count);
        Assert.All(points, p => Assert.Equal(("ok", 7, 42), (p.GetProperty("synthStatus").GetString(), p.GetProperty("synthDsp").GetInt32(), p.GetProperty("synthLatencyCycles").GetInt32())));
        Assert.True(File.Exists(Path.Combine(output, "logs", "p01.out")));

        var collect = CliRun.Of("sweep", "collect", output);
        Assert.True(collect.Code == ExitCodes.Ok, collect.ToString());
        Assert.Contains("collected: 2 built, 0 missing, 0 failed", collect.Out);
        Assert.Contains("synth dsp", collect.Out);
    }
}
