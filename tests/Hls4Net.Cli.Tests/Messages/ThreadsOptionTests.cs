using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Messages;

/// <summary>
/// <c>--threads</c> on emulate, verify, optimize and sweep: a value below 1 is a usage error; any valid value prints the
/// same outputs (compared with the 1-thread run, which does not split the batch).
/// </summary>
public sealed class ThreadsOptionTests
{
    private static readonly string Jet = RepoPaths.Sample("jet_mlp.onnx");
    private static readonly string Input = RepoPaths.Sample("jet_mlp_input.csv");

    [Theory]
    [InlineData("emulate", "--input")]
    [InlineData("verify", "--input")]
    [InlineData("optimize precision", "--calibration")]
    [InlineData("optimize prune", "--calibration")]
    [InlineData("optimize", "--calibration")]
    [InlineData("sweep", "--calibration")]
    public void ZeroThreadsExits2WithOneLine(string command, string inputOption)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hls4net-threads-" + Guid.NewGuid().ToString("N"));
        var sweep = command == "sweep" ? new[] { "--precision", "ap_fixed<16,6>", "-o", folder } : [];
        var run = CliRun.Of([.. command.Split(' '), Jet, inputOption, Input, "--threads", "0", .. sweep]);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Assert.True(run.Code == ExitCodes.Usage, run.ToString());
        Assert.Equal("error: --threads must be at least 1, got 0", Assert.Single(run.ErrorLines()));
    }

    [Fact]
    public void EmulateOutputsDoNotDependOnTheThreadCount()
    {
        // 300 rows: three slices of 100 (more than ParallelInterpreter.MinSamplesPerThread each).
        var file = Path.Combine(Directory.CreateTempSubdirectory("hls4net-threads-").FullName, "x.csv");
        var rng = new Random(5);
        File.WriteAllLines(file, Enumerable.Range(0, 300).Select(_ =>
            string.Join(",", Enumerable.Range(0, 16).Select(_ => (rng.NextDouble() * 16 - 8).ToString("R", System.Globalization.CultureInfo.InvariantCulture)))));
        try
        {
            var one = CliRun.Of("emulate", Jet, "--input", file, "--threads", "1", "--precision", "ap_fixed<8,3>");
            var three = CliRun.Of("emulate", Jet, "--input", file, "--threads", "3", "--precision", "ap_fixed<8,3>");
            Assert.True(one.Code == ExitCodes.Ok, one.ToString());
            Assert.True(three.Code == ExitCodes.Ok, three.ToString());
            Assert.Equal(300, one.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Equal(one.Out, three.Out);
            Assert.Equal(one.Err, three.Err); // the overflow warnings too
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Fact]
    public void VerifyOptimizeAndSweepOutputsDoNotDependOnTheThreadCount()
    {
        // 256 random rows: with 3 threads the emulator cuts every batch into three slices of 85 or 86.
        var dir = Directory.CreateTempSubdirectory("hls4net-threads-").FullName;
        var file = Path.Combine(dir, "x.csv");
        var rng = new Random(6);
        File.WriteAllLines(file, Enumerable.Range(0, 256).Select(_ =>
            string.Join(",", Enumerable.Range(0, 16).Select(_ => (rng.NextDouble() * 8 - 4).ToString("R", System.Globalization.CultureInfo.InvariantCulture)))));
        try
        {
            string[] Run(int threads, params string[] args)
            {
                var run = CliRun.Of([.. args, "--threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                Assert.True(run.Code is not (ExitCodes.Error or ExitCodes.Usage), run.ToString());
                return [run.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), run.Out];
            }

            Assert.Equal(Run(1, "verify", Jet, "--input", file, "--precision", "ap_fixed<8,3>", "--json"),
                Run(3, "verify", Jet, "--input", file, "--precision", "ap_fixed<8,3>", "--json"));
            string Precision(int threads)
            {
                var yaml = Path.Combine(dir, $"tuned{threads}.yml");
                Run(threads, "optimize", "precision", Jet, "--calibration", file, "--validation", file, "--target", "argmax>=0.9", "--jobs", "1", "-o", yaml, "-q");
                return File.ReadAllText(yaml);
            }
            Assert.Equal(Precision(1), Precision(3));
            string Sweep(int threads)
            {
                var output = Path.Combine(dir, $"sweep{threads}");
                Run(threads, "sweep", Jet, "--precision", "ap_fixed<8..12:4,4>", "--calibration", file, "--jobs", "1", "-o", output, "-q");
                return File.ReadAllText(Path.Combine(output, "results.json"));
            }
            Assert.Equal(Sweep(1), Sweep(3));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
