using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Emulation.Float;
using Hls4Net.Frontends.Tests.Onnx;
using Hls4Net.Ops;
using Hls4Net.Reference;
using Serilog.Core;

namespace Hls4Net.Conformance.Tests.Torch;

/// <summary>
/// Compiles a hand-built ONNX graph and measures the emulator's float mode against ONNX Runtime on the same model
/// (the independent reference), sample by sample.
/// </summary>
internal sealed class OnnxPatternAgreement : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("hls4net-pattern-");

    public void Dispose() => _dir.Delete(recursive: true);

    public string Write(OnnxModelBuilder builder)
    {
        var path = Path.Combine(_dir.FullName, builder.Name);
        File.WriteAllBytes(path, builder.Bytes());
        return path;
    }

    /// <summary>Max |emulator float − ONNX Runtime| over <paramref name="count"/> seeded samples, and the compiled graph.</summary>
    /// <remarks>The graph is compiled under <paramref name="semantics"/> (default exact: Hls4Net's own folding, which the pattern tests assert on).</remarks>
    public (double MaxDiff, Graph Graph) Measure(OnnxModelBuilder builder, int count = 32, int seed = 5, string semantics = "exact")
    {
        var path = Write(builder);
        var graph = new ModelCompiler(Logger.None) { VerifyPasses = true }.Compile(new CompileRequest(path, null, null, new ConfigOverrides { Semantics = semantics })).Graph;
        var width = graph.Inputs[0].Shape.Size;
        var samples = SampleSet.Random(count, width, seed);
        var emulated = new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(graph, samples.Flatten(), count).Outputs[0];

        using var session = OnnxRuntimeSession.Open(File.ReadAllBytes(path), new OnnxRuntimeLocator(), new OnnxRuntimeSessionOptions { IntraOpThreads = 1 });
        var shape = session.Inputs[0].Shape.Select(d => (int)d).ToArray();
        shape[0] = count;
        var ort = session.Run(session.InputNames[0], Array.ConvertAll(samples.Flatten(), v => (float)v), shape)[session.OutputNames[0]];
        if (ort.Length != emulated.Length) throw new InvalidOperationException($"ORT gives {ort.Length} values, the emulator {emulated.Length}");
        var max = 0.0;
        for (var i = 0; i < ort.Length; i++) max = Math.Max(max, Math.Abs(ort[i] - emulated[i]));
        return (max, graph);
    }

    public static float[] Weights(int n, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => (float)(rng.NextDouble() - 0.5)).ToArray();
    }

    public static float[] Positive(int n, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => (float)(rng.NextDouble() + 0.5)).ToArray();
    }
}
