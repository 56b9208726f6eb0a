using BenchmarkDotNet.Attributes;
using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;
using Hls4Net.Estimation;
using Hls4Net.Ops;

namespace Hls4Net.Benchmarks;

/// <summary>
/// <c>hls4net estimate</c> in process on the big dense network of issue 12: 16 inputs, five hidden Dense layers of 500
/// (ReLU) and 5 outputs (softmax), 1,013,005 parameters, built with the graph API and run through the default passes
/// (ap_fixed&lt;16,6&gt;, Latency strategy, io_parallel, xcvu13p). Weights are seeded uniform(−0.1, 0.1), so the weight
/// census (zero / ±2^k / narrow / real) does real work. The target is under 1 s per estimate.
/// </summary>
[MemoryDiagnoser]
public class EstimatorBenchmarks
{
    private Graph _graph = null!;
    private ProjectConfig _config = null!;
    private FpgaPartCatalog _catalog = null!;
    private ResourceEstimator _estimator = null!;

    [Params("io_parallel", "io_stream")]
    public string IoType { get; set; } = "io_parallel";

    [GlobalSetup]
    public void Setup()
    {
        _config = new ProjectConfig { Part = "xcvu13p", IoType = IoTypeNames.TryParse(IoType, out var io) ? io : Core.Ir.IoType.IoParallel };
        _graph = Build();
        DefaultPipeline.Create().Run(_graph, new PassContext(_config));
        _catalog = new FpgaPartCatalog();
        _estimator = new ResourceEstimator(StandardOps.Create().CostRules());
    }

    [Benchmark]
    public long Estimate() => _estimator.Estimate(_graph, _config, _catalog).Total.Dsp;

    /// <summary>16 → 500 → 500 → 500 → 500 → 500 → 5.</summary>
    public static Graph Build()
    {
        var rng = new Random(12);
        var graph = new Graph("dense_16x500x5");
        var x = new Value("input", new Shape(16));
        graph.Inputs.Add(x);
        int[] sizes = [16, 500, 500, 500, 500, 500, 5];
        for (var i = 0; i + 1 < sizes.Length; i++)
        {
            var w = new float[sizes[i] * sizes[i + 1]];
            for (var k = 0; k < w.Length; k++) w[k] = (float)(rng.NextDouble() * 0.2 - 0.1);
            var dense = graph.Add($"dense{i}", new DenseOp(new ConstTensor(new Shape(sizes[i], sizes[i + 1]), w), new ConstTensor(new Shape(sizes[i + 1]), new float[sizes[i + 1]])), x);
            x = graph.Add($"act{i}", i + 2 < sizes.Length ? new ActivationOp(ActivationKind.Relu) : new SoftmaxOp(), dense.Output).Output;
        }
        graph.Outputs.Add(x);
        return graph;
    }
}
