using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Optimization;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Optimization.Pruning;

/// <summary>
/// <c>hls4net optimize</c> (pruning, then precision) in the library: how the error is split between the stages (by
/// hand), and on the sample jet tagger under the Resource strategy the pruned and tuned project C-simulates bit-exact
/// with the emulator, its pruned layers stored compressed.
/// </summary>
public sealed class ModelOptimizerTests
{
    [Fact]
    public void PruningGetsItsShareAndPrecisionWhatPruningLeft()
    {
        var target = PrecisionTarget.Parse("argmax>=0.999");
        var (prune, precision) = ModelOptimizer.Split(target, 0.5);
        Assert.Equal(0.9995, prune.Threshold, 12); // 1 − 0.5 · 0.001
        Assert.Equal(0.9995, precision.Threshold, 12);
        PruneTotals Used(double cal, double val) => new(new DesignCost(0, 0, 0, 0, 0, 0, 0), 1, 1, cal, val, 0, 0);
        // Nothing used: the whole 0.001 is left. 0.0003 used (the worse of the two sets): 0.0007 left.
        Assert.Equal(0.999, ModelOptimizer.Remaining(target, Used(1, 1), 0.5).Threshold, 12);
        Assert.Equal(0.9993, ModelOptimizer.Remaining(target, Used(0.9999, 0.9997), 0.5).Threshold, 12);
        // More than its share used (on validation): precision still gets its own share, 0.0005.
        Assert.Equal(0.9995, ModelOptimizer.Remaining(target, Used(0.9995, 0.9992), 0.5).Threshold, 12);
        // max-abs<=0.02 with 0.004 used: 0.016 left.
        Assert.Equal(0.016, ModelOptimizer.Remaining(PrecisionTarget.Parse("max-abs<=0.02"), Used(0.004, 0.003), 0.5).Threshold, 12);
    }

    [Fact]
    public void ThePrunedTunedResourceProjectCsimulatesBitExactWithTheEmulator()
    {
        var model = HlsModel.Load(RepoPaths.Sample("jet_mlp.onnx"));
        var baseConfig = new ProjectConfig();
        baseConfig.Hls.Model.Strategy = Strategy.Resource;
        var validation = SampleSet.Random(200, 16, 8);
        var report = new ModelOptimizer().Run(model, baseConfig, new OptimizeSettings
        {
            Calibration = SampleSet.Random(200, 16, 7),
            Validation = validation,
            Target = PrecisionTarget.Parse("argmax>=0.9"),
            Parallelism = 2,
        });
        Assert.True(report.Outcome == SearchOutcome.Met, report.Summary);
        Assert.True(report.Prune.SearchedSparsity > 0, report.Prune.Summary);

        var tuned = new ProjectConfigLoader().LoadYaml(report.Yaml, "tuned.yml");
        var design = report.Prune.PrunedModel.Configure(tuned);
        var rows = validation.Rows.Take(40).ToList();
        var dir = Path.Combine(Directory.CreateTempSubdirectory("hls4net-optimized-").FullName, "prj");
        try
        {
            var csim = CsimFlow.WriteAndSimulate(design.Graph, design.Config, dir, rows);
            Assert.Contains("nnet::dense_compressed<", File.ReadAllText(Path.Combine(dir, "firmware", "myproject.cpp")));
            var comparison = CsimFlow.CompareRaw(design.Emulate(new SampleSet(rows, "validation")), csim.Outputs, rows.Count);
            Assert.True(comparison.Mismatches == 0, comparison.First);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
        }
    }
}
