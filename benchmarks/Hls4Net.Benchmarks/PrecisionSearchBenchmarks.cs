using BenchmarkDotNet.Attributes;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Optimization;

namespace Hls4Net.Benchmarks;

/// <summary>
/// <c>hls4net optimize precision</c> in process on the bench model (three_layer_keras, 16-64-32-32-5): 10,000
/// calibration (seed 0) and 10,000 validation (seed 1) N(0,1) samples, target argmax&gt;=0.999, cost dsp, every core.
/// The target is under 30 s per search on the 2-core development machine (docs/optimizer.md). One search is long:
/// run it with <c>--job short</c> or a small <c>--iterationCount</c>.
/// </summary>
[MemoryDiagnoser]
public class PrecisionSearchBenchmarks
{
    private HlsModel _model = null!;
    private SampleSet _calibration = null!;
    private SampleSet _validation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = HlsModel.Load(BenchModel.Path());
        _calibration = SampleSet.Random(10_000, 16, 0);
        _validation = SampleSet.Random(10_000, 16, 1);
    }

    [Benchmark(Description = "precision search, 10k calibration + 10k validation")]
    public string Search() => new PrecisionSearch().Run(_model, new ProjectConfig(), new PrecisionSearchSettings
    {
        Calibration = _calibration,
        Validation = _validation,
    }).Yaml;
}
