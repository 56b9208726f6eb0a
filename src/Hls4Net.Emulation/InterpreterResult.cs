using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation;

/// <summary>What one <see cref="Interpreter.Run(Graph, IReadOnlyList{double[]}, int, bool, KernelTimes)"/> produced.</summary>
public sealed class InterpreterResult
{
    internal InterpreterResult(IReadOnlyList<FixedTensor> outputs, IReadOnlyList<FixedTensor> inputs,
        IReadOnlyDictionary<Node, OverflowCounter> overflow, IReadOnlyList<OverflowCounter> inputOverflow,
        IReadOnlyDictionary<Node, FixedTensor>? trace)
    {
        Outputs = outputs;
        Inputs = inputs;
        Overflow = overflow;
        InputOverflow = inputOverflow;
        Trace = trace;
    }

    /// <summary>One tensor per graph output, in <c>graph.Outputs</c> order.</summary>
    public IReadOnlyList<FixedTensor> Outputs { get; }

    /// <summary>The quantized graph inputs, in <c>graph.Inputs</c> order.</summary>
    public IReadOnlyList<FixedTensor> Inputs { get; }

    /// <summary>Stores and overflows of every node (keyed by reference).</summary>
    public IReadOnlyDictionary<Node, OverflowCounter> Overflow { get; }

    /// <summary>Stores and overflows when quantizing each graph input, in <c>graph.Inputs</c> order.</summary>
    public IReadOnlyList<OverflowCounter> InputOverflow { get; }

    /// <summary>Every node's output when tracing was requested, otherwise null.</summary>
    public IReadOnlyDictionary<Node, FixedTensor>? Trace { get; }
}
