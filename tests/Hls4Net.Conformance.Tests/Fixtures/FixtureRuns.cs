using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Emulation.Float;
using Hls4Net.Ops;
using Hls4Net.Reference;
using Hls4Net.Verification;
using Serilog.Core;

namespace Hls4Net.Conformance.Tests.Fixtures;

/// <summary>The runs the fixture tests compare: compile, float-mode emulation, ONNX Runtime, and csim samples.</summary>
internal static class FixtureRuns
{
    /// <summary>Compiles <paramref name="model"/> with every pass's graph checks on.</summary>
    public static HlsDesign Compile(string model, ConfigOverrides overrides) =>
        new ModelCompiler(Logger.None) { VerifyPasses = true }.Compile(new CompileRequest(model, null, null, overrides));

    /// <summary>The emulator's float mode (FloatInterpreter) over every sample of <paramref name="input"/>.</summary>
    public static FloatResult Float(HlsDesign compiled, SampleSet input) =>
        new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(compiled.Graph, input.Flatten(), input.Count);

    /// <summary>ONNX Runtime on the model's first input and output, the batch made dynamic, one thread.</summary>
    public static (double[] Outputs, string RuntimeVersion) OnnxRuntime(string model, SampleSet input, bool optimizeGraph)
    {
        using var session = OnnxRuntimeSession.Open(OnnxBatchDimension.MakeDynamic(File.ReadAllBytes(model)), new OnnxRuntimeLocator(),
            new OnnxRuntimeSessionOptions { IntraOpThreads = 1, OptimizeGraph = optimizeGraph });
        var shape = session.Inputs[0].Shape.Select(d => (int)d).ToArray();
        shape[0] = input.Count;
        var outputs = session.Run(session.InputNames[0], Array.ConvertAll(input.Flatten(), v => (float)v), shape);
        return (Array.ConvertAll(outputs[session.OutputNames[0]], v => (double)v), session.RuntimeVersion);
    }

    /// <summary>The fixture's inputs followed by <paramref name="count"/> wider seeded ones, named after the fixture.</summary>
    public static SampleSet WithWideSamples(SampleSet input, string fixture, int count, int seed, double scale)
    {
        var wide = SampleSet.Random(count, input.Rows[0].Length, seed: seed, scale: scale);
        return new SampleSet([.. input.Rows, .. wide.Rows], fixture);
    }
}
