using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Optimization;
using Hls4Net.TestSupport;
using Hls4Net.Verification;

namespace Hls4Net.Compiler.Tests.Optimization;

/// <summary>
/// The precision search on the sample jet tagger (16-32-16-5) with small seeded sample sets: deterministic YAML, the
/// target checked again independently on the validation set, no calibration overflow, the YAML reproduces the tuned
/// design, an impossible target is reported as such, and the tuned project C-simulates bit-exact with the emulator.
/// </summary>
public sealed class PrecisionSearchTests : IClassFixture<PrecisionSearchTests.Tuned>
{
    private const int Samples = 300;
    private readonly Tuned _tuned;

    public PrecisionSearchTests(Tuned tuned) => _tuned = tuned;

    /// <summary>One search shared by the tests (argmax&gt;=0.99, 300 + 300 samples, seeds 5 and 6).</summary>
    public sealed class Tuned
    {
        public Tuned()
        {
            Model = HlsModel.Load(RepoPaths.Sample("jet_mlp.onnx"));
            Report = Search(Model, PrecisionTarget.Parse("argmax>=0.99"));
        }

        public HlsModel Model { get; }

        public PrecisionSearchReport Report { get; }
    }

    private static SampleSet Calibration => SampleSet.Random(Samples, 16, 5);

    private static SampleSet Validation => SampleSet.Random(Samples, 16, 6);

    private static PrecisionSearchReport Search(HlsModel model, PrecisionTarget target) =>
        new PrecisionSearch().Run(model, new ProjectConfig(), new PrecisionSearchSettings
        {
            Calibration = Calibration,
            Validation = Validation,
            Target = target,
            Parallelism = 2,
        });

    [Fact]
    public void TheSameSeedsGiveTheSameYamlByteForByte()
    {
        var again = Search(HlsModel.Load(RepoPaths.Sample("jet_mlp.onnx")), PrecisionTarget.Parse("argmax>=0.99"));
        Assert.Equal(_tuned.Report.Yaml, again.Yaml);
        Assert.Equal(_tuned.Report.Evaluations, again.Evaluations);
    }

    [Fact]
    public void TheTargetHoldsOnTheValidationSetCheckedAgainFromTheYaml()
    {
        var report = _tuned.Report;
        Assert.True(report.Outcome == SearchOutcome.Met, report.Summary);
        var design = FromYaml();
        var outputs = design.Emulate(Validation).Outputs[0].ToDoubles();
        var reference = new EmulatorFloatReference(design.Graph).Run(Validation, []).Outputs[0];
        var agreement = ErrorStatistics.ArgmaxAgreement(5, outputs, reference);
        Assert.True(agreement >= 0.99, $"argmax agreement {agreement}");
        Assert.Equal(report.After.ValidationMetric, agreement);
    }

    [Fact]
    public void NoCalibrationSampleOverflows()
    {
        Assert.Equal(0, _tuned.Report.After.CalibrationOverflows);
        var run = FromYaml().Emulate(Calibration);
        Assert.All(run.Overflow, kv => Assert.True(kv.Value.Overflows == 0, $"{kv.Key.Name}: {kv.Value.Overflows} overflows"));
        Assert.All(run.InputOverflow, c => Assert.Equal(0, c.Overflows));
    }

    [Fact]
    public void TheYamlGivesEveryLayerTheReportedTypesAndNarrowsTheDefault()
    {
        var design = FromYaml();
        foreach (var node in design.Graph.Nodes)
        {
            var row = _tuned.Report.Layers.Single(l => l.Layer == node.Name);
            Assert.Equal(row.Types["result"], node.Output.Type!.ToString());
            foreach (var (slot, type) in node.Precision.Slots) Assert.Equal(row.Types[slot.Name], type.ToString());
        }
        Assert.True(_tuned.Report.After.Cost.Bits < _tuned.Report.Before.Cost.Bits, "the tuned design should hold fewer bits than ap_fixed<16,6>");
    }

    [Fact]
    public void AnImpossibleTargetIsOutOfReachAndSaysByHowMuch()
    {
        var report = Search(_tuned.Model, PrecisionTarget.Parse("max-abs<=1e-12"));
        Assert.Equal(SearchOutcome.Unreachable, report.Outcome);
        Assert.True(report.Shortfall > 0);
        Assert.Contains("out of reach", report.Summary);
    }

    [Fact]
    public void TheTunedProjectCsimulatesBitExactWithTheEmulator()
    {
        var design = FromYaml();
        var rows = Validation.Rows.Take(40).ToList();
        var samples = new SampleSet(rows, "validation");
        var dir = Path.Combine(Directory.CreateTempSubdirectory("hls4net-tuned-").FullName, "prj");
        try
        {
            var csim = CsimFlow.WriteAndSimulate(design.Graph, design.Config, dir, rows);
            var comparison = CsimFlow.CompareRaw(design.Emulate(samples), csim.Outputs, rows.Count);
            Assert.True(comparison.Mismatches == 0, comparison.First);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
        }
    }

    private HlsDesign FromYaml() => _tuned.Model.Configure(new ProjectConfigLoader().LoadYaml(_tuned.Report.Yaml, "tuned.yml"));
}
