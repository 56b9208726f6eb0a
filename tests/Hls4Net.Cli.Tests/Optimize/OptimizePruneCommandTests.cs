using Hls4Net.Cli.Tests.Contract;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Optimize;

/// <summary>
/// <c>hls4net optimize prune</c> and bare <c>hls4net optimize</c>: the pruned ONNX is written and converts, --json
/// matches the schemas, a Keras model is optimized into a pruned ONNX twin, a missed target exits 8 (ExitCodes.TargetMissed), bad options are usage errors (2).
/// </summary>
public sealed class OptimizePruneCommandTests : IDisposable
{
    private static readonly string Jet = RepoPaths.Sample("jet_mlp.onnx");
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-prune-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void AGivenSparsityWritesAPrunedOnnxThatConverts()
    {
        var pruned = Path.Combine(_dir, "pruned.onnx");
        var run = CliRun.Of("optimize", "prune", Jet, "--samples", "100", "--sparsity", "0.5", "--target", "argmax>=0.5", "--evaluate", "float", "-o", pruned, "--json");
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        CommandSchemas.AssertValid("optimize-prune", run.Out);
        var json = run.Json();
        Assert.Equal("Met", json.GetProperty("outcome").GetString());
        // ⌊0.5 · 1104⌋ = 552 of the 1104 weights are zeroed.
        Assert.Equal(1104 - 552, json.GetProperty("after").GetProperty("nonZeroWeights").GetInt64());
        Assert.True(File.Exists(pruned));
        var convert = CliRun.Of("convert", pruned, "-o", Path.Combine(_dir, "prj"));
        Assert.True(convert.Code == ExitCodes.Ok, convert.ToString());
    }

    [Fact]
    public void AnUnreachableTargetExits8()
    {
        // Under the base ap_fixed<16,6> config no sparsity gives outputs within 1e-12 of float.
        var run = CliRun.Of("optimize", "prune", Jet, "--samples", "50", "--target", "max-abs<=1e-12", "--json");
        Assert.True(run.Code == ExitCodes.TargetMissed, run.ToString());
        CommandSchemas.AssertValid("optimize-prune", run.Out);
        Assert.Equal("Unreachable", run.Json().GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData("--sparsity", "1.5")]
    [InlineData("--threshold", "-1")]
    [InlineData("--layer-sparsity", "fc1")]
    [InlineData("--evaluate", "approx")]
    public void ABadOptionIsAUsageError(string option, string value)
    {
        var run = CliRun.Of("optimize", "prune", Jet, "--samples", "10", option, value);
        Assert.True(run.Code == ExitCodes.Usage, run.ToString());
    }

    [Fact]
    public void BareOptimizeNeverReplacesAFileAtTheDerivedPrunedPath()
    {
        var yaml = Path.Combine(_dir, "tuned.yml");
        var derived = Path.Combine(_dir, "tuned.onnx");
        File.WriteAllText(derived, "the user's own file");
        var run = CliRun.Of("optimize", Jet, "--samples", "50", "--target", "argmax>=0.9", "-o", yaml);
        Assert.True(run.Code == ExitCodes.Usage, run.ToString());
        Assert.Contains("--pruned-model", run.Err, StringComparison.Ordinal);
        Assert.Equal("the user's own file", File.ReadAllText(derived));
        Assert.False(File.Exists(yaml));

        // Named, the same path is replaced: the user asked for it.
        var named = CliRun.Of("optimize", Jet, "--samples", "50", "--target", "argmax>=0.9", "-o", yaml, "--pruned-model", derived);
        Assert.True(named.Code is ExitCodes.Ok or ExitCodes.TargetMissed, named.ToString());
        Assert.NotEqual("the user's own file", File.ReadAllText(derived));
    }

    [Fact]
    public void BareOptimizeRefusesOneFileForTheConfigAndThePrunedModel()
    {
        var both = Path.Combine(_dir, "out.onnx");
        var run = CliRun.Of("optimize", Jet, "--samples", "50", "--target", "argmax>=0.9", "-o", both);
        Assert.True(run.Code == ExitCodes.Usage, run.ToString());
        Assert.False(File.Exists(both));
    }

    [Fact]
    public void BareOptimizePrunesThenTunesAndPrintsOneRecord()
    {
        var yaml = Path.Combine(_dir, "tuned.yml");
        var run = CliRun.Of("optimize", Jet, "--samples", "200", "--target", "argmax>=0.98", "--max-dsp", "100000", "-o", yaml, "--json");
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        CommandSchemas.AssertValid("optimize-all", run.Out);
        var json = run.Json();
        Assert.True(json.GetProperty("budgetMet").GetBoolean());
        var pruned = Path.Combine(_dir, "tuned.onnx");
        Assert.True(File.Exists(pruned));
        Assert.Contains(pruned, File.ReadAllText(yaml)); // the tuned config points at the pruned model
        var convert = CliRun.Of("convert", "-c", yaml, "-o", Path.Combine(_dir, "prj"));
        Assert.True(convert.Code == ExitCodes.Ok, convert.ToString());
    }

    [Fact]
    public void BareOptimizeTakesAKerasModelAndWritesItsPrunedTwinAsOnnx()
    {
        var yaml = Path.Combine(_dir, "keras-tuned.yml");
        var run = CliRun.Of("optimize", RepoPaths.Fixture("dense_keras.json"), "--weights", RepoPaths.Fixture("dense_keras_weights.h5"),
            "--samples", "200", "--target", "argmax>=0.98", "-o", yaml);
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        var pruned = Path.Combine(_dir, "keras-tuned.onnx");
        Assert.True(File.Exists(pruned));
        Assert.Contains(pruned, File.ReadAllText(yaml));
        var verify = CliRun.Of("verify", "-c", yaml, "--samples", "50");
        Assert.True(verify.Code == ExitCodes.Ok, verify.ToString());
    }

    [Fact]
    public void AKerasModelTheExporterRefusesIsOneErrorBeforeTheSearchWithNothingWritten()
    {
        var yaml = Path.Combine(_dir, "conv-tuned.yml");
        var run = CliRun.Of("optimize", RepoPaths.Fixture("conv1d_keras.json"), "--weights", RepoPaths.Fixture("conv1d_keras_weights.h5"),
            "--samples", "50", "--target", "argmax>=0.9", "-o", yaml);
        Assert.True(run.Code == 1, run.ToString());
        Assert.Contains("as ONNX: ", run.Err);
        Assert.DoesNotContain("Stage 1/2", run.Err); // refused before the pruning stage started
        Assert.False(File.Exists(yaml));
        Assert.False(File.Exists(Path.Combine(_dir, "conv-tuned.onnx")));
    }

    [Fact]
    public void AMissedBudgetExits8()
    {
        var run = CliRun.Of("optimize", Jet, "--samples", "50", "--target", "argmax>=0.9", "--budget", "lut<=1", "--pruned-model", Path.Combine(_dir, "p.onnx"), "-o", Path.Combine(_dir, "t.yml"));
        Assert.True(run.Code == ExitCodes.TargetMissed, run.ToString());
        Assert.Contains("budget missed", run.Out);
    }
}
