using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation.Float;

/// <summary>What one <see cref="FloatInterpreter"/> run produced (batch-major doubles).</summary>
public sealed class FloatResult
{
    internal FloatResult(IReadOnlyList<double[]> outputs, IReadOnlyDictionary<Node, double[]>? trace)
    {
        Outputs = outputs;
        Trace = trace;
    }

    /// <summary>One array per graph output, in <c>graph.Outputs</c> order.</summary>
    public IReadOnlyList<double[]> Outputs { get; }

    /// <summary>Every node's output when tracing was requested, otherwise null.</summary>
    public IReadOnlyDictionary<Node, double[]>? Trace { get; }
}
