using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Messages;

/// <summary><c>--threads</c> on emulate and verify: a value below 1 is a usage error; any valid value prints the same outputs.</summary>
public sealed class ThreadsOptionTests
{
    private static readonly string Jet = RepoPaths.Sample("jet_mlp.onnx");
    private static readonly string Input = RepoPaths.Sample("jet_mlp_input.csv");

    [Theory]
    [InlineData("emulate", "--input")]
    [InlineData("verify", "--input")]
    public void ZeroThreadsExits2WithOneLine(string command, string inputOption)
    {
        var run = CliRun.Of(command, Jet, inputOption, Input, "--threads", "0");
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
}
