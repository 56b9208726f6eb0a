using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// The float reference: walks the same graph as the <see cref="Interpreter"/> in double arithmetic. The only
/// quantization it applies is the model's own (an <see cref="ImportHints.OutputQuantizer"/>, e.g. a QKeras activation
/// quantizer; quantized weights are already in the graph), so it computes what the quantized model computes. Knows Dense, MatMul, BiasAdd, BatchNorm, every activation, PReLU, Softmax, Flatten, Reshape and
/// Identity always (built-in float kernels). The default constructor adds the float kernels of convolution, pooling, global pooling, zero
/// padding, cropping, transpose, upsampling, concatenation and element-wise merges; other ops need an
/// <see cref="IFloatKernel"/> passed to the constructor.
/// </summary>
public sealed class FloatInterpreter
{
    private readonly Dictionary<Type, IFloatKernel> _extra = new();
    private readonly Dictionary<Type, IFloatKernel> _builtIn = new();

    /// <summary>A float interpreter with the built-in ops and every standard <see cref="IFloatKernel"/>.</summary>
    public FloatInterpreter() : this(StandardKernels()) { }

    /// <summary>A float interpreter that also evaluates the ops of <paramref name="kernels"/> (they take precedence).</summary>
    public FloatInterpreter(IEnumerable<IFloatKernel> kernels)
    {
        foreach (var k in BuiltInKernels()) _builtIn.Add(k.OpType, k);
        foreach (var k in kernels)
        {
            if (!_extra.TryAdd(k.OpType, k)) throw new ArgumentException($"two float kernels for op {k.OpType.Name}");
        }
    }

    /// <summary>The ops every float interpreter knows; kernels given to the constructor take precedence over them.</summary>
    private static IEnumerable<IFloatKernel> BuiltInKernels() =>
    [
        new DenseFloatKernel(),
        new MatMulFloatKernel(),
        new BiasAddFloatKernel(),
        new BatchNormFloatKernel(),
        new ActivationFloatKernel(),
        new PReluFloatKernel(),
        new SoftmaxFloatKernel(),
        new ReshapeFloatKernel(typeof(FlattenOp)),
        new ReshapeFloatKernel(typeof(ReshapeOp)),
        new ReshapeFloatKernel(typeof(IdentityOp)),
    ];

    private static IEnumerable<IFloatKernel> StandardKernels() =>
    [
        new ConvFloatKernel(typeof(Conv1DOp)),
        new ConvFloatKernel(typeof(Conv2DOp)),
        new ConvFloatKernel(typeof(DepthwiseConv1DOp)),
        new ConvFloatKernel(typeof(DepthwiseConv2DOp)),
        new PoolFloatKernel(typeof(Pool1DOp)),
        new PoolFloatKernel(typeof(Pool2DOp)),
        new GlobalPoolFloatKernel(),
        new PadCropFloatKernel(typeof(ZeroPadOp)),
        new PadCropFloatKernel(typeof(CropOp)),
        new TransposeFloatKernel(),
        new UpsampleFloatKernel(),
        new ConcatFloatKernel(),
        new ElementwiseFloatKernel(),
    ];

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

    private double[] Evaluate(Node node, IReadOnlyList<double[]> args, int batch)
    {
        if (_extra.TryGetValue(node.Op.GetType(), out var kernel) || _builtIn.TryGetValue(node.Op.GetType(), out kernel))
        {
            return kernel.Run(node, args, batch);
        }
        throw new GraphException($"node '{node.Name}': the float interpreter has no op {node.Op.Describe()}");
    }
}
