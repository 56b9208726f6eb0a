using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Estimation;
using Hls4Net.Estimation.Budgets;
using Hls4Net.Ops;
using Hls4Net.TestSupport;
using Hls4Net.Tuning;
using Serilog.Core;

namespace Hls4Net.Compiler.Tests.Tuning;

/// <summary>
/// <c>optimize reuse</c> on the shared Keras conv2d model: a DSP budget of 5% of the xcvu9p (1771 DSP untuned) is met,
/// the tuned YAML loads, re-estimates within the budget and C-simulates bit-exact with the emulator; an impossible
/// budget is reported with the closest design and the dominant layer.
/// </summary>
public sealed class ReuseTunerTests
{
    private static HlsModel Conv2d() => HlsModel.Load(RepoPaths.KerasModel("KERAS_conv2d_model.json"),
        new LoadOptions { WeightsPath = RepoPaths.KerasModel("KERAS_conv2d_model_weights.h5") });

    [SharedModelFact]
    public void ADspBudgetIsMetAndTheTunedProjectSimulatesBitExact()
    {
        var model = Conv2d();
        var budget = ReuseBudgetParser.Parse(["dsp<=5%"], null);
        var report = new ReuseTuner().Run(model, new ProjectConfig(), new ReuseTuningSettings { Budget = budget, Parallelism = 2 });
        Assert.True(report.Fits, report.Summary);
        Assert.True(report.Before.Dsp > 342, "the untuned model must be over the budget for the test to mean something");
        Assert.True(report.After.Dsp <= 342); // 5% of the xcvu9p's 6840 DSP

        // The YAML is the design: loaded again, configured and estimated independently, it is within the budget.
        var config = new ProjectConfigLoader(Logger.None).LoadYaml(report.Yaml, "tuned.yml");
        var design = model.Configure(config);
        var estimate = new ResourceEstimator(StandardOps.Create().CostRules()).Estimate(design.Graph, design.Config, new FpgaPartCatalog());
        Assert.True(budget.Check(estimate).Fits);
        Assert.Contains(design.Graph.Nodes, n => n.Hardware.ReuseFactor > 1);

        var dir = Directory.CreateTempSubdirectory("hls4net-reuse-csim-").FullName;
        try
        {
            var samples = SampleSet.Random(4, design.Graph.Inputs[0].Shape.Size, seed: 3);
            var csim = CsimFlow.WriteAndSimulate(design.Graph, design.Config, Path.Combine(dir, "prj"), samples.Rows);
            var comparison = CsimFlow.CompareRaw(design.Emulate(samples), csim.Outputs, samples.Count);
            Assert.True(comparison.Mismatches == 0, comparison.First);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [SharedModelFact]
    public void AnImpossibleBudgetNamesTheClosestDesignAndTheDominantLayer()
    {
        var report = new ReuseTuner().Run(Conv2d(), new ProjectConfig(),
            new ReuseTuningSettings { Budget = new EstimateBudget(Dsp: new ResourceLimit(1, false)), Parallelism = 2 });
        Assert.False(report.Fits);
        Assert.StartsWith("no choice meets the budget; the closest:", report.Summary);
        var line = Assert.Single(report.Dominant);
        Assert.Matches(@"^DSP \d+ > 1: dominated by (conv2d_1|dense_1|dense_1_softmax) ", line);
        Assert.True(report.After.Dsp < report.Before.Dsp); // the closest design still uses fewer DSP than the untuned one
    }

    [Fact]
    public void BudgetTermsParse()
    {
        var b = ReuseBudgetParser.Parse(["dsp<=30%", "LUT <= 50000", "latency<=200ns"], null);
        Assert.Equal(new ResourceLimit(30, true), b.Dsp);
        Assert.Equal(new ResourceLimit(50000, false), b.Lut);
        Assert.Equal(new LatencyLimit(200, false), b.Latency);
        Assert.Equal(new LatencyLimit(40, true), ReuseBudgetParser.Parse([], "40cycles").Latency);
        Assert.Throws<UsageException>(() => ReuseBudgetParser.Parse(["dsp=30%"], null));
        Assert.Throws<UsageException>(() => ReuseBudgetParser.Parse(["watts<=3"], null));
        Assert.Throws<UsageException>(() => ReuseBudgetParser.Parse(["dsp<=lots"], null));
        Assert.Throws<UsageException>(() => ReuseBudgetParser.Parse(["latency<=200"], "100ns"));
    }
}
