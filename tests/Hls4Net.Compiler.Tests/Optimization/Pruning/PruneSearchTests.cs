using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Ops;
using Hls4Net.Optimization;
using Hls4Net.TestSupport;
using Hls4Net.Verification;

namespace Hls4Net.Compiler.Tests.Optimization.Pruning;

/// <summary>
/// The pruning search on the sample jet tagger (16-32-16-5) with small seeded sample sets: the same seeds give the same
/// pruned weights, the target is checked again independently on the validation set, and the pruned ONNX file round-trips
/// through our importer (same weights) and through ONNX Runtime (same outputs as our float interpreter).
/// </summary>
public sealed class PruneSearchTests : IClassFixture<PruneSearchTests.Pruned>, IDisposable
{
    private const int Samples = 300;
    private readonly Pruned _pruned;
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-prune-").FullName;

    public PruneSearchTests(Pruned pruned) => _pruned = pruned;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>One search shared by the tests (argmax&gt;=0.98 in float, 300 + 300 samples, seeds 5 and 6).</summary>
    public sealed class Pruned
    {
        public Pruned()
        {
            Model = HlsModel.Load(RepoPaths.Sample("jet_mlp.onnx"));
            Report = Search(Model);
        }

        public HlsModel Model { get; }

        public PruneReport Report { get; }
    }

    private static SampleSet Calibration => SampleSet.Random(Samples, 16, 5);

    private static SampleSet Validation => SampleSet.Random(Samples, 16, 6);

    private static PruneReport Search(HlsModel model) => new PruneSearch().Run(model, new ProjectConfig(), new PruneSettings
    {
        Calibration = Calibration,
        Validation = Validation,
        Target = PrecisionTarget.Parse("argmax>=0.98"),
        Evaluation = PruneEvaluation.Float,
        Step = 0.05,
        Parallelism = 2,
    });

    private static IEnumerable<float[]> Weights(HlsModel m) => m.CopyGraph().Nodes.Select(n => n.Op).OfType<DenseOp>().SelectMany(d => new[] { d.Weights.Data, d.Bias.Data });

    private static double[] Float(HlsModel m, SampleSet s)
    {
        var graph = m.Configure(new ProjectConfig()).Graph;
        return new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(graph, s.Flatten(), s.Count).Outputs[0];
    }

    [Fact]
    public void TheSameSeedsGiveTheSamePrunedWeights()
    {
        var again = Search(HlsModel.Load(RepoPaths.Sample("jet_mlp.onnx")));
        Assert.Equal(_pruned.Report.SearchedSparsity, again.SearchedSparsity);
        Assert.Equal(_pruned.Report.Evaluations, again.Evaluations);
        Assert.Equal(Weights(_pruned.Report.PrunedModel), Weights(again.PrunedModel));
    }

    [Fact]
    public void TheSearchPrunesAndTheTargetHoldsOnValidationCheckedAgain()
    {
        var report = _pruned.Report;
        Assert.True(report.Outcome == SearchOutcome.Met, report.Summary);
        Assert.True(report.SearchedSparsity > 0, report.Summary);
        var zeros = report.PrunedModel.CopyGraph().Nodes.Select(n => n.Op).OfType<DenseOp>().Sum(d => d.Weights.Data.Count(w => w == 0));
        Assert.Equal(report.After.Weights - report.After.NonZeroWeights, zeros);
        // Global sparsity s over the 1104 weights zeroes ⌊s·1104⌋ of them (structured pruning may remove more).
        Assert.True(zeros >= (int)Math.Floor(report.SearchedSparsity!.Value * 1104), $"{zeros} zeros");
        var agreement = ErrorStatistics.ArgmaxAgreement(5, Float(report.PrunedModel, Validation), Float(_pruned.Model, Validation));
        Assert.True(agreement >= 0.98, $"argmax agreement {agreement}");
        Assert.Equal(report.After.ValidationMetric, agreement);
    }

    [Fact]
    public void ThePrunedOnnxRoundTripsThroughOurImporterAndOnnxRuntime()
    {
        var path = Path.Combine(_dir, "pruned.onnx");
        PrunedOnnx.Write(_pruned.Model, _pruned.Report.PrunedModel, path);
        var reloaded = HlsModel.Load(path);
        Assert.Equal(Weights(_pruned.Report.PrunedModel), Weights(reloaded));

        var samples = SampleSet.Random(100, 16, 9);
        var ours = Float(reloaded, samples);
        var graph = reloaded.Configure(new ProjectConfig()).Graph;
        var ort = new OnnxFloatReference(path, graph).Run(samples, []).Outputs[0];
        var worst = ours.Zip(ort, (a, b) => Math.Abs(a - b)).Max();
        // Float32 rounding in ORT against our double interpreter (softmax outputs in [0, 1]); ORT on the unpruned
        // fixtures differs by at most 5.6e-7 (FixtureOrtAgreementTests).
        Assert.True(worst <= 1e-6, $"ORT vs float interpreter: {worst}");
        // ORT also sees the pruning: the pruned file's outputs differ from the unpruned model's.
        Assert.NotEqual(Float(_pruned.Model, samples), ours);
    }
}
