using System.Text.Json;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Bench;

/// <summary>
/// <c>hls4net bench</c> in process with tiny counts: the report's shape and internal consistency only.
/// Speed is never asserted here (see docs/benchmarks.md for the figures).
/// </summary>
public sealed class BenchCommandTests
{
    [Fact]
    public void Json_report_has_positive_throughput_and_every_field()
    {
        // 100 samples in batches of 40: two full batches and a partial one.
        var run = CliRun.Of("bench", RepoPaths.Sample("jet_mlp.onnx"), "--samples", "100", "--batch", "40", "--repeat", "1", "--json");

        Assert.True(run.Code == 0, run.ToString());
        var json = run.Json();
        Assert.EndsWith("jet_mlp.onnx", json.GetProperty("model").GetString());
        Assert.True(json.GetProperty("layers").GetInt32() > 0);
        Assert.Equal(1, json.GetProperty("repeat").GetInt32());

        var machine = json.GetProperty("machine");
        Assert.Equal(Environment.ProcessorCount, machine.GetProperty("processorCount").GetInt32());
        Assert.StartsWith(".NET", machine.GetProperty("framework").GetString());
        Assert.False(string.IsNullOrEmpty(machine.GetProperty("configuration").GetString()));
        var optimized = machine.GetProperty("optimized").GetBoolean();
        Assert.Equal(optimized, machine.GetProperty("unoptimizedAssemblies").GetArrayLength() == 0);
        Assert.Equal(optimized, machine.GetProperty("warning").ValueKind == JsonValueKind.Null || machine.GetProperty("debuggerAttached").GetBoolean());

        var emulator = json.GetProperty("emulator");
        Assert.Equal(100, emulator.GetProperty("samples").GetInt32());
        Assert.Equal(40, emulator.GetProperty("batch").GetInt32());
        var runs = emulator.GetProperty("runSeconds").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Single(runs);
        Assert.True(runs[0] > 0);
        var median = emulator.GetProperty("samplesPerSecondMedian").GetDouble();
        Assert.True(median > 0, $"throughput {median}");
        // One run: median = best = samples / seconds, and ns/sample is its reciprocal (hand relations, not timings).
        Assert.Equal(100 / runs[0], median, 1e-6 * median);
        Assert.Equal(median, emulator.GetProperty("samplesPerSecondBest").GetDouble(), 1e-6 * median);
        Assert.Equal(1e9 / median, emulator.GetProperty("nsPerSampleMedian").GetDouble(), 1e-6 * 1e9 / median);
        Assert.True(emulator.GetProperty("allocatedBytesPerSample").GetDouble() > 0);
        // Per core: samples per CPU-second of the one run, and ns of CPU per sample its reciprocal.
        var perCpu = emulator.GetProperty("samplesPerCpuSecondMedian").GetDouble();
        Assert.True(perCpu > 0, $"per CPU-second {perCpu}");
        Assert.Equal(1e9 / perCpu, emulator.GetProperty("cpuNsPerSampleMedian").GetDouble(), 1e-6 * 1e9 / perCpu);

        var convert = json.GetProperty("convert");
        var wall = convert.GetProperty("wallMsMedian").GetDouble();
        var compile = convert.GetProperty("compileMsMedian").GetDouble();
        Assert.True(wall > 0 && compile > 0 && compile <= wall, $"wall {wall} ms, import+passes {compile} ms");
        Assert.Equal(wall - compile, convert.GetProperty("writeMsMedian").GetDouble(), 1e-6 * wall);
        Assert.True(convert.GetProperty("firstRunMs").GetDouble() > 0);
        Assert.Single(convert.GetProperty("runMs").EnumerateArray());

        Assert.Contains("Emulator: warm-up", run.Err, StringComparison.Ordinal);   // progress on stderr, not stdout
    }

    [Fact]
    public void Text_report_names_the_units()
    {
        var run = CliRun.Of("bench", RepoPaths.Sample("jet_mlp.onnx"), "--samples", "50", "--repeat", "1");

        Assert.True(run.Code == 0, run.ToString());
        Assert.Contains("samples/s", run.Out, StringComparison.Ordinal);
        Assert.Contains("ns (median)", run.Out, StringComparison.Ordinal);
        Assert.Contains("samples per CPU-second", run.Out, StringComparison.Ordinal);
        Assert.Contains("bytes allocated", run.Out, StringComparison.Ordinal);
        Assert.Contains("import+passes median", run.Out, StringComparison.Ordinal);
        Assert.Contains("processors", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--samples")]
    [InlineData("--batch")]
    [InlineData("--repeat")]
    public void A_count_below_one_is_one_error_line_naming_the_option(string option)
    {
        var run = CliRun.Of("bench", RepoPaths.Sample("jet_mlp.onnx"), option, "0", "--json");

        Assert.Equal(ExitCodes.Usage, run.Code);
        var line = Assert.Single(run.ErrorLines());
        Assert.Contains(option, line, StringComparison.Ordinal);
        Assert.Equal(line["error: ".Length..], run.Json().GetProperty("error").GetString()); // with --json the error is JSON on stdout too
        Assert.Equal(ExitCodes.Usage, run.Json().GetProperty("exitCode").GetInt32());
    }
}
