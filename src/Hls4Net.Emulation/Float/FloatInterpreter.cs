using Hls4Net.Core.Handlers;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// The float reference: walks the same graph as the <see cref="Interpreter"/> in double arithmetic. The only
/// quantization it applies is the model's own (an <see cref="ImportHints.OutputQuantizer"/>, e.g. a QKeras activation
/// quantizer; quantized weights are already in the graph), so it computes what the quantized model computes. One
/// <see cref="IFloatKernel"/> per op from a float kernel set (built from the op packages).
/// </summary>
public sealed class FloatInterpreter
{
    private readonly OpHandlerSet<IFloatKernel> _kernels;

    /// <summary>A float interpreter evaluating the ops of <paramref name="kernels"/>.</summary>
    public FloatInterpreter(OpHandlerSet<IFloatKernel> kernels) => _kernels = kernels;

    /// <summary>Run a single-input graph on a batch-major input.</summary>
    public FloatResult Run(Graph graph, double[] input, int batch, bool trace = false) => Run(graph, [input], batch, trace);

    /// <summary>Run the graph on a batch; one batch-major array per graph input.</summary>
    public FloatResult Run(Graph graph, IReadOnlyList<double[]> inputs, int batch, bool trace = false)
    {
        if (inputs.Count != graph.Inputs.Count)
        {
            throw new ArgumentException($"graph '{graph.Name}' has {graph.Inputs.Count} input(s) but {inputs.Count} were given");
        }
        var values = new Dictionary<Value, double[]>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < inputs.Count; k++)
        {
            var v = graph.Inputs[k];
            if (inputs[k].Length != (long)batch * v.Shape.Size)
            {
                throw new ArgumentException($"graph input '{v.Name}' needs {batch}x{v.Shape.Size} values, got {inputs[k].Length}");
            }
            values[v] = inputs[k];
        }
        var traced = trace ? new Dictionary<Node, double[]>(ReferenceEqualityComparer.Instance) : null;
        foreach (var node in graph.Nodes)
        {
            var args = node.Inputs.Select(i => values.TryGetValue(i, out var a)
                ? a
                : throw new GraphException($"node '{node.Name}': input '{i.Name}' is not computed before it")).ToList();
            var y = Evaluate(node, args, batch);
            if (node.Annotations.TryGet(ImportHints.OutputQuantizer, out var quantizer))
            {
                for (var i = 0; i < y.Length; i++) y[i] = quantizer.Apply(y[i]);
            }
            if (y.Length != (long)batch * node.Output.Shape.Size)
            {
                throw new InvalidOperationException($"node '{node.Name}': float evaluation gave {y.Length} values, expected {batch}x{node.Output.Shape.Size}");
            }
            values[node.Output] = y;
            traced?.Add(node, y);
        }
        var outputs = graph.Outputs.Select(o => values.TryGetValue(o, out var t)
            ? t
            : throw new GraphException($"graph '{graph.Name}': output '{o.Name}' is not computed")).ToList();
        return new FloatResult(outputs, traced);
    }

    private double[] Evaluate(Node node, IReadOnlyList<double[]> args, int batch) =>
        _kernels.Require(node, n => $"node '{n.Name}': the float interpreter has no op {n.Op.Describe()}").Run(node, args, batch);
}
