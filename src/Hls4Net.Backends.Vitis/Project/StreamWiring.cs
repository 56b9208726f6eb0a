using System.Globalization;
using Hls4Net.Core.Ir;

namespace Hls4Net.Backends.Vitis.Project;

/// <summary>
/// io_stream plumbing of the top function. A FIFO has exactly one writer and one reader, so a tensor read by
/// several layers, read twice by one layer, or also listed as a graph output is cloned
/// (<c>nnet::clone_stream</c>) into one FIFO per reader; a graph output copy goes straight into its port.
/// Readers take their FIFOs in graph order (node inputs in order, then graph outputs).
/// </summary>
internal sealed class StreamWiring
{
    private readonly Graph _graph;
    private readonly Dictionary<Value, Queue<string>> _readerVars = new(ReferenceEqualityComparer.Instance);
    private readonly List<FifoModel> _fifos = new();

    public StreamWiring(Graph graph) => _graph = graph;

    /// <summary>FIFOs to declare in the top function, in order.</summary>
    public IReadOnlyList<FifoModel> Fifos => _fifos;

    /// <summary>True when at least one clone was emitted (the design then needs nnet_stream.h's clone_stream).</summary>
    public bool HasClones { get; private set; }

    /// <summary>
    /// Register value <paramref name="v"/>, written to FIFO <paramref name="var"/> (elements of <paramref name="typeName"/>).
    /// <paramref name="declare"/>: the FIFO is local (not a port). <paramref name="cloneBase"/>: prefix of the copies.
    /// Returns the clone statement to place right after the producer, or "" when none is needed.
    /// </summary>
    public string Produce(Value v, string var, string typeName, bool declare, bool direct, string cloneBase, string description)
    {
        var depth = StreamPacking.Depth(v.Shape);
        if (declare) _fifos.Add(new FifoModel(var, typeName, depth, description));
        var queue = new Queue<string>();
        _readerVars[v] = queue;
        if (direct) return "";
        var readers = new List<int>(); // -1: a node input; k >= 1: graph output port k
        foreach (var n in _graph.Nodes)
        {
            foreach (var input in n.Inputs)
            {
                if (ReferenceEquals(input, v)) readers.Add(-1);
            }
        }
        for (var k = 0; k < _graph.Outputs.Count; k++)
        {
            if (ReferenceEquals(_graph.Outputs[k], v)) readers.Add(k + 1);
        }
        if (readers.Count == 0) return "";
        if (readers.Count == 1 && readers[0] < 0)
        {
            queue.Enqueue(var);
            return "";
        }
        var targets = new List<string>();
        var copy = 0;
        foreach (var r in readers)
        {
            if (r > 0)
            {
                targets.Add($"output_{r}");
                continue;
            }
            var name = $"{cloneBase}_cpy{++copy}";
            _fifos.Add(new FifoModel(name, typeName, depth, $"copy {copy} of {var}"));
            queue.Enqueue(name);
            targets.Add(name);
        }
        HasClones = true;
        var elements = StreamPacking.Elements(v.Shape).ToString(CultureInfo.InvariantCulture);
        return $"nnet::clone_stream<{typeName}, {elements}>({var}, {string.Join(", ", targets)});";
    }

    /// <summary>The FIFO the next reader of <paramref name="v"/> reads.</summary>
    public string Take(Value v, Node reader)
    {
        if (!_readerVars.TryGetValue(v, out var queue) || queue.Count == 0)
        {
            throw new VitisBackendException($"node '{reader.Name}': no io_stream FIFO left for its input '{v.Name}'");
        }
        return queue.Dequeue();
    }
}
