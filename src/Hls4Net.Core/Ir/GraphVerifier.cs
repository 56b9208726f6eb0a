namespace Hls4Net.Core.Ir;

/// <summary>
/// Checks graph invariants: topological order, producers, unique node names, shapes consistent with ops.
/// Run after every pass in tests and debug builds, so a broken graph points at the pass that broke it.
/// </summary>
public sealed class GraphVerifier
{
    /// <summary>Return the list of violated invariants (empty when the graph is well formed).</summary>
    public IReadOnlyList<string> Check(Graph graph)
    {
        var errors = new List<string>();
        var available = new HashSet<Value>(graph.Inputs, ReferenceEqualityComparer.Instance);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            if (!names.Add(node.Name)) errors.Add($"duplicate node name '{node.Name}'");
            if (!ReferenceEquals(node.Output.Producer, node)) errors.Add($"node '{node.Name}': output's producer is not the node");
            foreach (var input in node.Inputs)
            {
                if (!available.Contains(input)) errors.Add($"node '{node.Name}': input '{input.Name}' is not produced before it");
            }
            try
            {
                var shape = node.Op.InferShape(node.Inputs.Select(i => i.Shape).ToList());
                if (!shape.Equals(node.Output.Shape)) errors.Add($"node '{node.Name}': output shape {node.Output.Shape} but op infers {shape}");
            }
            catch (GraphException e)
            {
                errors.Add($"node '{node.Name}': {e.Message}");
            }
            if (!available.Add(node.Output)) errors.Add($"node '{node.Name}': output produced twice");
        }
        foreach (var output in graph.Outputs)
        {
            if (!available.Contains(output)) errors.Add($"graph output '{output.Name}' is not produced");
        }
        if (graph.Outputs.Count == 0) errors.Add("graph has no outputs");
        return errors;
    }

    /// <summary>Throw a <see cref="GraphException"/> naming <paramref name="after"/> when the graph is broken.</summary>
    public void Verify(Graph graph, string after)
    {
        var errors = Check(graph);
        if (errors.Count > 0)
        {
            throw new GraphException($"graph invalid after {after}: {string.Join("; ", errors)}");
        }
    }
}
