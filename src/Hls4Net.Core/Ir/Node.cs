namespace Hls4Net.Core.Ir;

/// <summary>
/// One layer of the graph. Nodes are identified by reference; <see cref="Name"/> comes from the model
/// and is sanitized only when it becomes a C++ identifier or a file name.
/// </summary>
public sealed class Node
{
    private readonly List<Value> _inputs;

    public Node(string name, Op op, IEnumerable<Value> inputs, Value output)
    {
        Name = name;
        Op = op;
        _inputs = inputs.ToList();
        Output = output;
        output.Producer = this;
    }

    public string Name { get; set; }

    public Op Op { get; set; }

    /// <summary>Activation inputs (constants live inside the op).</summary>
    public IReadOnlyList<Value> Inputs => _inputs;

    /// <summary>The single output value of this node.</summary>
    public Value Output { get; }

    /// <summary>Weight/bias/accumulator/table precisions, set by the precision pass. The result type is <see cref="Value.Type"/> of <see cref="Output"/>.</summary>
    public LayerPrecision Precision { get; set; } = LayerPrecision.Unassigned;

    /// <summary>Hardware choices (strategy, reuse factor) resolved from the configuration.</summary>
    public LayerHardware Hardware { get; set; } = LayerHardware.Default;

    /// <summary>Typed side data for passes and backends.</summary>
    public AnnotationSet Annotations { get; } = new();

    /// <summary>Replace one input value with another (used by graph rewrites).</summary>
    public void ReplaceInput(Value oldValue, Value newValue)
    {
        for (var i = 0; i < _inputs.Count; i++)
        {
            if (ReferenceEquals(_inputs[i], oldValue)) _inputs[i] = newValue;
        }
    }

    public override string ToString() => $"{Name} ({Op.Kind})";
}
