namespace Hls4Net.Core.Ir;

/// <summary>
/// One layer of the graph. Nodes are identified by reference; <see cref="Name"/> comes from the model
/// and is sanitized only when it becomes a C++ identifier or a file name.
/// </summary>
public sealed class Node
{
    private readonly List<Value> _inputs;
    private readonly List<Value> _outputs;

    /// <summary>A node with one output value (the common case).</summary>
    public Node(string name, Op op, IEnumerable<Value> inputs, Value output)
        : this(name, op, inputs, [output])
    {
    }

    /// <summary>A node with one or more output values, in the op's output order.</summary>
    public Node(string name, Op op, IEnumerable<Value> inputs, IEnumerable<Value> outputs)
    {
        Name = name;
        Op = op;
        _inputs = inputs.ToList();
        _outputs = outputs.ToList();
        if (_outputs.Count == 0) throw new GraphException($"node '{name}' ({op.Kind}) has no output");
        for (var i = 0; i < _outputs.Count; i++)
        {
            _outputs[i].Producer = this;
            _outputs[i].OutputIndex = i;
        }
    }

    public string Name { get; set; }

    public Op Op { get; set; }

    /// <summary>Activation inputs (constants live inside the op).</summary>
    public IReadOnlyList<Value> Inputs => _inputs;

    /// <summary>The output values, in the op's output order (one for most ops; several for e.g. an LSTM's sequence and states).</summary>
    public IReadOnlyList<Value> Outputs => _outputs;

    /// <summary>
    /// The output of a single-output node (every op that the kernels and emitters handle today). Throws a
    /// <see cref="GraphException"/> for a node with several outputs, which must be read through <see cref="Outputs"/>.
    /// </summary>
    public Value Output => _outputs.Count == 1
        ? _outputs[0]
        : throw new GraphException($"node '{Name}' ({Op.Kind}) has {_outputs.Count} outputs; read them through Outputs");

    /// <summary>Weight/bias/accumulator/table precisions, set by the precision pass. The result types are the <see cref="Value.Type"/>s of <see cref="Outputs"/>.</summary>
    public LayerPrecision Precision { get; set; } = LayerPrecision.Unassigned;

    /// <summary>Hardware choices (strategy, reuse factor) resolved from the configuration.</summary>
    public LayerHardware Hardware { get; set; } = LayerHardware.Default;

    /// <summary>Typed side data for passes and backends.</summary>
    public AnnotationSet Annotations { get; private set; } = new();

    /// <summary>Replace one input value with another (used by graph rewrites).</summary>
    public void ReplaceInput(Value oldValue, Value newValue)
    {
        for (var i = 0; i < _inputs.Count; i++)
        {
            if (ReferenceEquals(_inputs[i], oldValue)) _inputs[i] = newValue;
        }
    }

    /// <summary>
    /// Exchange everything that describes the layer (name, op, precision, hardware, annotations) with
    /// <paramref name="other"/>; each node keeps its wiring (inputs and output values). Used by rewrites that swap the
    /// order of two layers, so that the model's hints and the config follow the layer they belong to.
    /// </summary>
    public void ExchangeLayer(Node other)
    {
        (Name, other.Name) = (other.Name, Name);
        (Op, other.Op) = (other.Op, Op);
        (Precision, other.Precision) = (other.Precision, Precision);
        (Hardware, other.Hardware) = (other.Hardware, Hardware);
        (Annotations, other.Annotations) = (other.Annotations, Annotations);
    }

    public override string ToString() => $"{Name} ({Op.Kind})";
}
