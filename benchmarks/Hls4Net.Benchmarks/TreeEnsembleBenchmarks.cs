using BenchmarkDotNet.Attributes;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Emulation;
using Hls4Net.Ops;
using Serilog.Core;

namespace Hls4Net.Benchmarks;

/// <summary>
/// The bit-accurate emulator on the 100-tree, depth-4, 16-feature, 5-class boosted ensemble
/// (tests/fixtures/bdt/sk_gb_100trees_5class.onnx at ap_fixed&lt;18,8&gt;, issue 16's speed target): one batch of
/// 1000 seeded N(0,1) samples, the same data as <c>hls4net bench</c>.
/// </summary>
[MemoryDiagnoser]
public class TreeEnsembleBenchmarks
{
    public const int Batch = 1000;

    private readonly Interpreter _interpreter = new(StandardOps.Create().Kernels());
    private Graph _graph = null!;
    private double[] _input = [];

    [GlobalSetup]
    public void Setup()
    {
        var model = BdtModel.Path();
        _graph = new ModelCompiler(Logger.None).Compile(new CompileRequest(model, null, null, new ConfigOverrides { Precision = "ap_fixed<18,8>" })).Graph;
        _input = SampleSet.Random(Batch, _graph.Inputs[0].Shape.Size, seed: 0).Flatten();
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "emulate 100-tree BDT (per sample, batch of 1000)")]
    public InterpreterResult Emulate() => _interpreter.Run(_graph, _input, Batch);
}
