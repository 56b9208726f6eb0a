using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Estimation;
using Hls4Net.Ops;
using Hls4Net.Optimization;
using Hls4Net.TestSupport;
using Hls4Net.Verification;

namespace Hls4Net.Compiler.Tests.Optimization;

/// <summary>
/// Issue 13's acceptance, under both semantics: on the shared jet tagger (16-64-32-32-5) with 10,000 calibration
/// (seed 0) and 10,000 validation (seed 1) N(0,1) samples, <c>argmax&gt;=0.999</c>, the tuned YAML (read back as
/// <c>convert -c</c> reads it) agrees with ONNX Runtime's float argmax on at least 99.9 % of the validation set, has no
/// overflow on the calibration set, is estimated at no more DSP than the default ap_fixed&lt;16,6&gt; config, and
/// C-simulates bit-exact with the emulator. Figures: docs/optimizer.md. About a minute of CPU per semantics: slow lane.
/// </summary>
public sealed class JetTaggerAcceptanceTests
{
    private const int Samples = 10_000;

    [Trait("Lane", "Slow")]
    [SharedModelTheory]
    [InlineData(ArithmeticSemantics.Hls4ml)]
    [InlineData(ArithmeticSemantics.Exact)]
    public void TheTunedConfigMeetsTheTargetWithoutOverflowAtNoMoreDspThanTheDefault(ArithmeticSemantics semantics)
    {
        var path = RepoPaths.OnnxModel("three_layer_keras");
        var model = HlsModel.Load(path);
        var baseConfig = new ProjectConfig { Semantics = semantics };
        var calibration = SampleSet.Random(Samples, 16, 0);
        var validation = SampleSet.Random(Samples, 16, 1);
        var report = new PrecisionSearch().Run(model, baseConfig, new PrecisionSearchSettings
        {
            Calibration = calibration,
            Validation = validation,
            Target = PrecisionTarget.Parse("argmax>=0.999"),
            Parallelism = 2,
        });
        Assert.True(report.Outcome == SearchOutcome.Met, report.Summary);

        var tuned = model.Configure(new ProjectConfigLoader().LoadYaml(report.Yaml, "tuned.yml"));
        Assert.Equal(semantics, tuned.Config.Semantics);

        // Argmax against ONNX Runtime (float32), not the search's own float reference.
        var reference = new OnnxFloatReference(path, tuned.Graph).Run(validation, []).Outputs[0];
        var outputs = tuned.Emulate(validation).Outputs[0].ToDoubles();
        var agreement = ErrorStatistics.ArgmaxAgreement(5, outputs, reference);
        Assert.True(agreement >= 0.999, $"argmax agreement {agreement} on validation");

        var run = tuned.Emulate(calibration);
        Assert.All(run.Overflow, kv => Assert.True(kv.Value.Overflows == 0, $"{kv.Key.Name}: {kv.Value.Overflows} overflows"));
        Assert.All(run.InputOverflow, c => Assert.Equal(0, c.Overflows));

        var defaultDsp = Dsp(model.Configure(baseConfig));
        var tunedDsp = Dsp(tuned);
        Assert.True(tunedDsp <= defaultDsp, $"tuned {tunedDsp} DSP, default ap_fixed<16,6> {defaultDsp}");

        var rows = validation.Rows.Take(200).ToList();
        var dir = Path.Combine(Directory.CreateTempSubdirectory("hls4net-acceptance-").FullName, "prj");
        try
        {
            var csim = CsimFlow.WriteAndSimulate(tuned.Graph, tuned.Config, dir, rows);
            var comparison = CsimFlow.CompareRaw(tuned.Emulate(new SampleSet(rows, "validation")), csim.Outputs, rows.Count);
            Assert.True(comparison.Mismatches == 0, comparison.First);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
        }
    }

    private static long Dsp(HlsDesign design) =>
        new ResourceEstimator(StandardOps.Create().CostRules()).Estimate(design.Graph, design.Config, new FpgaPartCatalog()).Total.Dsp;
}
