namespace Hls4Net.Core.Ir;

/// <summary>
/// A dataflow graph of typed nodes. <see cref="Nodes"/> is kept in topological order.
/// </summary>
public sealed class Graph
{
    private readonly List<Node> _nodes = new();

    public Graph(string name) => Name = name;

    /// <summary>The model's name (from the file), used for messages.</summary>
    public string Name { get; set; }

    public List<Value> Inputs { get; } = new();

    public List<Value> Outputs { get; } = new();

    /// <summary>Nodes in topological order.</summary>
    public IReadOnlyList<Node> Nodes => _nodes;

    /// <summary>Append a node; its inputs must already be produced by earlier nodes or be graph inputs.</summary>
    public Node Add(Node node)
    {
        _nodes.Add(node);
        return node;
    }

    /// <summary>
    /// Create a node computing <paramref name="op"/> on <paramref name="inputs"/>, inferring its output shapes. A
    /// single output is named after the node; several are named <c>name_out0</c>, <c>name_out1</c>, ...
    /// </summary>
    public Node Add(string name, Op op, params Value[] inputs)
    {
        IReadOnlyList<Shape> shapes;
        try
        {
            shapes = op.InferShapes(inputs.Select(v => v.Shape).ToList());
        }
        catch (OverflowException)
        {
            throw new GraphException($"node '{name}': its output would have more than 2^31 values");
        }
        var outputs = shapes.Count == 1 ? [new Value(name, shapes[0])] : shapes.Select((s, i) => new Value($"{name}_out{i}", s)).ToList();
        return Add(new Node(name, op, inputs, outputs));
    }

    /// <summary>Insert a node right after <paramref name="anchor"/> in the order.</summary>
    public Node InsertAfter(Node anchor, Node node)
    {
        var i = _nodes.IndexOf(anchor);
        if (i < 0) throw new GraphException($"node '{anchor.Name}' is not in graph '{Name}'");
        _nodes.Insert(i + 1, node);
        return node;
    }

    /// <summary>Insert a node right before <paramref name="anchor"/> in the order.</summary>
    public Node InsertBefore(Node anchor, Node node)
    {
        var i = _nodes.IndexOf(anchor);
        if (i < 0) throw new GraphException($"node '{anchor.Name}' is not in graph '{Name}'");
        _nodes.Insert(i, node);
        return node;
    }

    /// <summary>Nodes that read <paramref name="value"/>.</summary>
    public IEnumerable<Node> Consumers(Value value) =>
        _nodes.Where(n => n.Inputs.Any(i => ReferenceEquals(i, value)));

    /// <summary>True when <paramref name="value"/> is a graph output.</summary>
    public bool IsOutput(Value value) => Outputs.Any(o => ReferenceEquals(o, value));

    /// <summary>Redirect every reader of <paramref name="oldValue"/> (nodes and graph outputs) to <paramref name="newValue"/>.</summary>
    public void ReplaceAllUses(Value oldValue, Value newValue)
    {
        foreach (var n in _nodes) n.ReplaceInput(oldValue, newValue);
        for (var i = 0; i < Outputs.Count; i++)
        {
            if (ReferenceEquals(Outputs[i], oldValue)) Outputs[i] = newValue;
        }
    }

    /// <summary>Remove a single-input, single-output node, connecting its readers to its input.</summary>
    public void Bypass(Node node)
    {
        if (node.Inputs.Count != 1) throw new GraphException($"cannot bypass node '{node.Name}' with {node.Inputs.Count} inputs");
        if (node.Outputs.Count != 1) throw new GraphException($"cannot bypass node '{node.Name}' with {node.Outputs.Count} outputs");
        var input = node.Inputs[0];
        // Keep the graph output's name when the removed node produced it.
        if (IsOutput(node.Output) && input.Producer is not null && !IsOutput(input)) input.Name = node.Output.Name;
        ReplaceAllUses(node.Output, input);
        _nodes.Remove(node);
    }

    /// <summary>Remove a node none of whose outputs is still read.</summary>
    public void Remove(Node node)
    {
        if (node.Outputs.Any(o => Consumers(o).Any() || IsOutput(o)))
        {
            throw new GraphException($"cannot remove node '{node.Name}': its output is still used");
        }
        _nodes.Remove(node);
    }

    /// <summary>Find a node by its model name.</summary>
    public Node? FindNode(string name) => _nodes.FirstOrDefault(n => n.Name == name);

    /// <summary>
    /// A deep copy that shares nothing mutable with this graph: new nodes and values with the same names, shapes, result
    /// types, precisions, hardware choices and annotations, in the same order and with the same wiring (a value read by
    /// several nodes or also a graph output stays one value). Ops are immutable (get-only properties, constants treated as
    /// read-only) and are shared, as are annotation values (immutable records and strings). Rewriting or configuring the
    /// copy leaves this graph unchanged.
    /// </summary>
    public Graph Clone()
    {
        var values = new Dictionary<Value, Value>(ReferenceEqualityComparer.Instance);
        Value Copy(Value v)
        {
            if (!values.TryGetValue(v, out var c)) values[v] = c = new Value(v.Name, v.Shape) { Type = v.Type };
            return c;
        }

        var copy = new Graph(Name);
        copy.Inputs.AddRange(Inputs.Select(Copy));
        foreach (var n in _nodes)
        {
            var node = new Node(n.Name, n.Op, n.Inputs.Select(Copy), n.Outputs.Select(Copy).ToList()) { Precision = n.Precision, Hardware = n.Hardware };
            n.Annotations.CopyTo(node.Annotations);
            copy._nodes.Add(node);
        }
        copy.Outputs.AddRange(Outputs.Select(Copy));
        return copy;
    }
}
