using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Emulation.Float;
using Hls4Net.Ops;

namespace Hls4Net.Verification;

/// <summary>
/// The emulator's float mode (<see cref="FloatInterpreter"/>: the compiled graph in double arithmetic, no
/// quantization). Used for Keras models, which ONNX Runtime cannot run.
/// </summary>
public sealed class EmulatorFloatReference : IFloatReference
{
    private readonly Graph _graph;
    private readonly FloatInterpreter _interpreter;
    private readonly string _why;

    public EmulatorFloatReference(Graph graph, FloatInterpreter? interpreter = null, string? why = null)
    {
        _graph = graph;
        _interpreter = interpreter ?? new FloatInterpreter(StandardOps.Create().FloatKernels());
        _why = why ?? "ONNX Runtime runs .onnx models only";
    }

    /// <summary>What the reference is, and why it was chosen (the constructor's <c>why</c>).</summary>
    public string Description => $"emulator float mode (double precision; {_why})";

    public FloatRun Run(SampleSet samples, IReadOnlyList<Node> traceNodes)
    {
        var result = _interpreter.Run(_graph, samples.Flatten(), samples.Count, trace: traceNodes.Count > 0);
        var layers = new Dictionary<Node, double[]>(ReferenceEqualityComparer.Instance);
        foreach (var node in traceNodes) layers[node] = result.Trace![node];
        return new FloatRun(result.Outputs, layers, new Dictionary<Node, string>());
    }
}
