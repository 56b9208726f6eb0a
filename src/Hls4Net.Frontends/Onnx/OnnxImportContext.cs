using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// State of one import: the graph being built and what each ONNX tensor name stands for
/// (an IR value, a constant, or a value whose batch axis a Transpose moved).
/// </summary>
internal sealed class OnnxImportContext
{
    private readonly Dictionary<string, Value> _values = new();
    private readonly Dictionary<string, OnnxConstant> _constants = new();
    private readonly Dictionary<string, Value> _batchSwapped = new();
    private readonly Dictionary<string, MovedBatch> _movedBatch = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _readers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _graphOutputs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dropped = new(StringComparer.Ordinal);

    public OnnxImportContext(Graph graph, string modelName)
    {
        Graph = graph;
        ModelName = modelName;
    }

    public Graph Graph { get; }

    public string ModelName { get; }

    public bool IsConstant(string name) => _constants.ContainsKey(name);

    /// <summary>Mark tensor <paramref name="name"/> as not produced (a tree classifier's label, a ZipMap): its readers and graph outputs are dropped.</summary>
    public void Drop(string name) => _dropped.Add(name);

    /// <summary>True when tensor <paramref name="name"/> was dropped.</summary>
    public bool IsDropped(string name) => _dropped.Contains(name);

    /// <summary>True when every input of <paramref name="node"/> is a dropped tensor (then the node is dropped too).</summary>
    public bool ReadsOnlyDropped(OnnxNode node)
    {
        var inputs = node.Proto.Input.Where(n => n.Length > 0).ToList();
        return inputs.Count > 0 && inputs.All(_dropped.Contains);
    }

    /// <summary>Record the ONNX graph's wiring: how many node inputs read each tensor, and which tensors are graph outputs.</summary>
    public void SetWiring(IEnumerable<string> nodeInputs, IEnumerable<string> graphOutputs)
    {
        foreach (var name in nodeInputs.Where(n => n.Length > 0)) _readers[name] = _readers.GetValueOrDefault(name) + 1;
        _graphOutputs.UnionWith(graphOutputs);
    }

    /// <summary>True when ONNX tensor <paramref name="name"/> is read by exactly one node input and is no graph output.</summary>
    public bool IsReadOnlyOnce(string name) => _readers.GetValueOrDefault(name) == 1 && !_graphOutputs.Contains(name);

    /// <summary>The constant named <paramref name="name"/>, or null.</summary>
    public OnnxConstant? FindConstant(string name) => _constants.GetValueOrDefault(name);

    public void SetConstant(string name, OnnxConstant constant) => _constants[name] = constant;

    public void SetValue(string name, Value value) => _values[name] = value;

    public Value? FindValue(string name) => _values.GetValueOrDefault(name);

    /// <summary>The constant on input <paramref name="index"/>, or null when the input is absent or not constant.</summary>
    public OnnxConstant? TryConstant(OnnxNode node, int index)
    {
        var name = node.InputName(index);
        return name is null ? null : _constants.GetValueOrDefault(name);
    }

    /// <summary>The constant on input <paramref name="index"/>; an error naming <paramref name="role"/> when it is absent or computed.</summary>
    public OnnxConstant RequireConstant(OnnxNode node, int index, string role)
    {
        var name = node.InputName(index) ?? throw node.Error($"ONNX op '{node.OpType}' is missing its {role} (input {index})");
        return _constants.GetValueOrDefault(name)
            ?? throw node.BadInput(index, $"the {role} must be a constant (initializer or Constant node), not a computed tensor");
    }

    /// <summary>The computed (non-constant) tensor on input <paramref name="index"/> as an IR value.</summary>
    public Value Activation(OnnxNode node, int index)
    {
        var value = ActivationAllowingBatchSwap(node, index, out var swapped);
        if (swapped)
        {
            throw node.BadInput(index, "its batch axis was moved by a Transpose; only a Transpose pair around BatchNormalization is supported");
        }
        return value;
    }

    /// <summary>Like <see cref="Activation"/> but also accepts a batch-swapped value, reporting it in <paramref name="swapped"/>.</summary>
    public Value ActivationAllowingBatchSwap(OnnxNode node, int index, out bool swapped)
    {
        var name = node.InputName(index) ?? throw node.Error($"ONNX op '{node.OpType}' is missing input {index}");
        swapped = false;
        if (_values.TryGetValue(name, out var v)) return v;
        if (_batchSwapped.TryGetValue(name, out v))
        {
            swapped = true;
            return v;
        }
        if (_movedBatch.TryGetValue(name, out var moved))
        {
            throw node.BadInput(index, $"its batch is on axis {moved.BatchAxis} of [{string.Join(",", moved.Dims)}] (a recurrent layer's time-major layout); only Transpose, Squeeze, Gather and the recurrent layers read such a tensor");
        }
        if (_constants.ContainsKey(name))
        {
            throw node.BadInput(index, "a constant is not supported here (expected the layer's input data)");
        }
        throw node.Error($"input {index} ('{name}') of ONNX op '{node.OpType}' is not produced by any earlier node or graph input");
    }

    /// <summary>Record that ONNX tensor <paramref name="name"/> is <paramref name="value"/> with its (2-D) batch and feature axes swapped.</summary>
    public void SetBatchSwapped(string name, Value value)
    {
        _values.Remove(name);
        _batchSwapped[name] = value;
    }

    public bool IsBatchSwapped(string name) => _batchSwapped.ContainsKey(name);

    /// <summary>Record that ONNX tensor <paramref name="name"/> is laid out as <paramref name="moved"/> (batch not on axis 0).</summary>
    public void SetMovedBatch(string name, MovedBatch moved)
    {
        _values.Remove(name);
        _movedBatch[name] = moved;
    }

    /// <summary>The moved-batch layout of input <paramref name="index"/>, or null.</summary>
    public MovedBatch? FindMovedBatch(OnnxNode node, int index) =>
        node.InputName(index) is { } name ? _movedBatch.GetValueOrDefault(name) : null;

    /// <summary>True when ONNX tensor <paramref name="name"/> is read by a node or is a graph output.</summary>
    public bool IsUsed(string name) => _readers.GetValueOrDefault(name) > 0 || _graphOutputs.Contains(name);

    /// <summary>Add an IR node for <paramref name="node"/>; its output value takes the ONNX output tensor name.</summary>
    public Value AddNode(OnnxNode node, Op op, params Value[] inputs)
    {
        Shape shape;
        try
        {
            shape = op.InferShape(inputs.Select(v => v.Shape).ToList());
        }
        catch (GraphException ex)
        {
            throw node.Error($"ONNX op '{node.OpType}' does not fit its input shape", ex.Message);
        }
        var output = new Value(node.OutputName, shape);
        Graph.Add(new Node(node.Name, op, inputs, output));
        _values[node.OutputName] = output;
        return output;
    }
}
