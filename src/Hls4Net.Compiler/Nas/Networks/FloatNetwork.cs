namespace Hls4Net.Nas;

/// <summary>A small float network for neural-architecture search: an input shape, an ordered list of layers, and one
/// weight and bias array per layer with weights (null for the others). Computation is in double.
/// <para>Conventions (PyTorch/ONNX): shapes exclude the batch axis and are channels-first ([n], [channels, length],
/// [channels, height, width]), data row-major. Dense weights are [out, in] (<c>nn.Linear.weight</c>, ONNX Gemm with
/// transB = 1), convolution weights [filters, channels, kernel...] (<c>nn.Conv*d.weight</c>, ONNX Conv); see each layer.
/// Activations are layers of their own (<see cref="ActivationLayer"/>); softmax may only be the last layer.</para>
/// <para>A new network has zero weights; <see cref="SeededInitializer"/> fills them. The weight arrays are live (callers
/// may write them); a network is safe to read from many threads while nobody writes it.</para></summary>
public sealed class FloatNetwork
{
    private readonly int[][] _shapes;
    private readonly double[]?[] _weights;
    private readonly double[]?[] _biases;

    /// <summary>Builds the network and checks that every layer accepts its input; throws <see cref="ArgumentException"/>
    /// with the layer's index and the reason otherwise.</summary>
    public FloatNetwork(IReadOnlyList<int> inputShape, IReadOnlyList<FloatLayer> layers)
    {
        if (inputShape.Count == 0 || inputShape.Any(d => d < 1))
            throw new ArgumentException($"The input shape must be non-empty with positive sizes, got [{string.Join(", ", inputShape)}].");
        if (layers.Count == 0) throw new ArgumentException("A network needs at least one layer.");
        Layers = [.. layers];
        _shapes = new int[layers.Count + 1][];
        _shapes[0] = [.. inputShape];
        _weights = new double[]?[layers.Count];
        _biases = new double[]?[layers.Count];
        for (var i = 0; i < layers.Count; i++)
        {
            var layer = layers[i];
            if (layer is ActivationLayer { Kind: ActivationKind.Softmax } && i != layers.Count - 1)
                throw new ArgumentException($"Layer {i} ({layer}): softmax may only be the last layer.");
            try
            {
                _shapes[i + 1] = layer.OutputShape(_shapes[i]);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"Layer {i} ({layer}): {e.Message}", e);
            }
            var ws = layer.WeightShape(_shapes[i]);
            if (ws is null) continue;
            _weights[i] = new double[ws.Aggregate(1, (a, d) => a * d)];
            _biases[i] = new double[layer.BiasLength];
        }
        MaxSize = _shapes.Max(s => s.Aggregate(1, (a, d) => a * d));
    }

    /// <summary>An MLP on [inputs]: for each hidden width a Dense layer and its activation (Linear adds none), then
    /// Dense(outputs) and, unless it is Linear, the output activation.</summary>
    public static FloatNetwork Mlp(int inputs, IReadOnlyList<int> hiddenWidths, IReadOnlyList<ActivationKind> hiddenActivations,
        int outputs, ActivationKind outputActivation = ActivationKind.Softmax)
    {
        if (hiddenActivations.Count != hiddenWidths.Count)
            throw new ArgumentException($"{hiddenWidths.Count} hidden widths but {hiddenActivations.Count} activations.");
        var layers = new List<FloatLayer>();
        for (var i = 0; i < hiddenWidths.Count; i++)
        {
            layers.Add(new DenseLayer(hiddenWidths[i]));
            if (hiddenActivations[i] != ActivationKind.Linear) layers.Add(new ActivationLayer(hiddenActivations[i]));
        }
        layers.Add(new DenseLayer(outputs));
        if (outputActivation != ActivationKind.Linear) layers.Add(new ActivationLayer(outputActivation));
        return new FloatNetwork([inputs], layers);
    }

    /// <summary>The shape of one sample (no batch axis).</summary>
    public IReadOnlyList<int> InputShape => _shapes[0];

    /// <summary>The layers in order.</summary>
    public IReadOnlyList<FloatLayer> Layers { get; }

    /// <summary>The network's output shape.</summary>
    public IReadOnlyList<int> OutputShape => _shapes[^1];

    /// <summary>Elements of one input sample.</summary>
    public int InputSize => SizeAt(0);

    /// <summary>Elements of one output.</summary>
    public int OutputSize => SizeAt(Layers.Count);

    /// <summary>Per layer, its weight array in the layer's documented layout, or null for a layer without weights.</summary>
    public IReadOnlyList<double[]?> Weights => _weights;

    /// <summary>Per layer, its bias array, or null for a layer without weights.</summary>
    public IReadOnlyList<double[]?> Biases => _biases;

    /// <summary>The input shape of layer <paramref name="layer"/>.</summary>
    public IReadOnlyList<int> LayerInputShape(int layer) => _shapes[layer];

    /// <summary>The output shape of layer <paramref name="layer"/>.</summary>
    public IReadOnlyList<int> LayerOutputShape(int layer) => _shapes[layer + 1];

    /// <summary>Trainable parameters: weights plus biases.</summary>
    public long ParameterCount => _weights.Sum(w => (long)(w?.Length ?? 0)) + _biases.Sum(b => (long)(b?.Length ?? 0));

    /// <summary>Weight-times-activation multiplications of one forward pass of one sample.</summary>
    public long Multiplications
    {
        get
        {
            long n = 0;
            for (var i = 0; i < Layers.Count; i++) n += Layers[i].Multiplications(_shapes[i]);
            return n;
        }
    }

    internal int[][] Shapes => _shapes;

    internal int MaxSize { get; }

    internal int SizeAt(int index) => _shapes[index].Aggregate(1, (a, d) => a * d);

    /// <summary>A deep copy (same layers, copied weights).</summary>
    public FloatNetwork Clone() => CloneWithLayers(Layers, Enumerable.Range(0, Layers.Count).ToArray());

    /// <summary>A copy holding only the layers at <paramref name="keep"/> (in order), with their weights copied.</summary>
    internal FloatNetwork CloneWithLayers(IReadOnlyList<FloatLayer> all, int[] keep)
    {
        var copy = new FloatNetwork(InputShape, keep.Select(i => all[i]).ToArray());
        for (var j = 0; j < keep.Length; j++)
        {
            _weights[keep[j]]?.CopyTo(copy._weights[j]!, 0);
            _biases[keep[j]]?.CopyTo(copy._biases[j]!, 0);
        }
        return copy;
    }

    /// <summary>The output for one sample (<see cref="InputSize"/> values in row-major order).</summary>
    public double[] Forward(ReadOnlySpan<double> input)
    {
        var acts = NewActivations();
        ForwardInto(input, acts);
        return acts[^1];
    }

    /// <summary>∂R/∂θ and ∂R/∂x of R = Σ outputGradient ⊙ network(input), by an exact backward pass.</summary>
    public NetworkGradient Gradient(ReadOnlySpan<double> input, ReadOnlySpan<double> outputGradient)
    {
        if (outputGradient.Length != OutputSize)
            throw new ArgumentException($"The output gradient has {outputGradient.Length} values, the network {OutputSize} outputs.");
        var acts = NewActivations();
        ForwardInto(input, acts);
        var gw = _weights.Select(w => w is null ? null : new double[w.Length]).ToArray();
        var gb = _biases.Select(b => b is null ? null : new double[b.Length]).ToArray();
        var gin = new double[InputSize];
        BackwardInto(acts, outputGradient, gw, gb, gin, new double[MaxSize], new double[MaxSize]);
        return new NetworkGradient(gw, gb, gin);
    }

    internal double[][] NewActivations()
    {
        var acts = new double[_shapes.Length][];
        for (var i = 0; i < acts.Length; i++) acts[i] = new double[SizeAt(i)];
        return acts;
    }

    /// <summary>Runs one sample; <paramref name="acts"/>[0] gets the input, acts[i + 1] layer i's output.</summary>
    internal void ForwardInto(ReadOnlySpan<double> input, double[][] acts)
    {
        if (input.Length != InputSize)
            throw new ArgumentException($"The input has {input.Length} values, the network takes {InputSize}.");
        input.CopyTo(acts[0]);
        for (var i = 0; i < Layers.Count; i++)
            Layers[i].Forward(acts[i], acts[i + 1], _shapes[i], _shapes[i + 1], _weights[i], _biases[i]);
    }

    /// <summary>Backward pass after <see cref="ForwardInto"/>; adds into gw/gb, writes gin; s1, s2 are scratch of MaxSize.</summary>
    internal void BackwardInto(double[][] acts, ReadOnlySpan<double> outputGradient, double[]?[] gw, double[]?[] gb,
        Span<double> gin, double[] s1, double[] s2)
    {
        var gy = s1.AsSpan(0, OutputSize);
        outputGradient.CopyTo(gy);
        for (var i = Layers.Count - 1; i >= 0; i--)
        {
            var gx = s2.AsSpan(0, SizeAt(i));
            Layers[i].Backward(acts[i], acts[i + 1], gy, gx, _shapes[i], _shapes[i + 1], _weights[i],
                gw[i].AsSpan(), gb[i].AsSpan());
            (s1, s2) = (s2, s1);
            gy = s1.AsSpan(0, SizeAt(i));
        }
        gy.CopyTo(gin);
    }

    public override string ToString() =>
        $"[{string.Join(", ", InputShape)}] -> {string.Join(" -> ", Layers)}";
}
