using BenchmarkDotNet.Attributes;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Emulation;
using Serilog.Core;

namespace Hls4Net.Benchmarks;

/// <summary>The bit-accurate emulator on one batch of 1000 seeded N(0,1) samples (same data as <c>hls4net bench</c>).</summary>
[MemoryDiagnoser]
public class EmulatorBenchmarks
{
    public const int Batch = 1000;

    private readonly Interpreter _interpreter = new(DefaultKernels.Create());
    private Graph _graph = null!;
    private double[] _input = [];

    [GlobalSetup]
    public void Setup()
    {
        _graph = new ModelCompiler(Logger.None).Compile(new CompileRequest(BenchModel.Path(), null, null, new ConfigOverrides())).Graph;
        _input = SampleSet.Random(Batch, _graph.Inputs[0].Shape.Size, seed: 0).Flatten();
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "emulate (per sample, batch of 1000)")]
    public InterpreterResult Emulate() => _interpreter.Run(_graph, _input, Batch);
}
