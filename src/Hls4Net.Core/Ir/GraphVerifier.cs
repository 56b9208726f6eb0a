namespace Hls4Net.Core.Ir;

/// <summary>
/// Checks graph invariants: topological order, producers (and each output's index), unique node names, output
/// counts and shapes consistent with ops.
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
            for (var k = 0; k < node.Outputs.Count; k++)
            {
                var output = node.Outputs[k];
                if (!ReferenceEquals(output.Producer, node)) errors.Add($"node '{node.Name}': {Which(node, k)}'s producer is not the node");
                else if (output.OutputIndex != k) errors.Add($"node '{node.Name}': {Which(node, k)} has output index {output.OutputIndex}");
            }
            foreach (var input in node.Inputs)
            {
                if (!available.Contains(input)) errors.Add($"node '{node.Name}': input '{input.Name}' is not produced before it");
            }
            try
            {
                var shapes = node.Op.InferShapes(node.Inputs.Select(i => i.Shape).ToList());
                if (shapes.Count != node.Outputs.Count)
                {
                    errors.Add($"node '{node.Name}': {node.Outputs.Count} output(s) but op infers {shapes.Count}");
                }
                else
                {
                    for (var k = 0; k < shapes.Count; k++)
                    {
                        if (shapes[k].Equals(node.Outputs[k].Shape)) continue;
                        errors.Add($"node '{node.Name}': {Which(node, k)} shape {node.Outputs[k].Shape} but op infers {shapes[k]}");
                    }
                }
            }
            catch (GraphException e)
            {
                errors.Add($"node '{node.Name}': {e.Message}");
            }
            for (var k = 0; k < node.Outputs.Count; k++)
            {
                if (!available.Add(node.Outputs[k])) errors.Add($"node '{node.Name}': {Which(node, k)} produced twice");
            }
        }
        foreach (var output in graph.Outputs)
        {
            if (!available.Contains(output)) errors.Add($"graph output '{output.Name}' is not produced");
        }
        if (graph.Outputs.Count == 0) errors.Add("graph has no outputs");
        return errors;
    }

    /// <summary>"output" for a single-output node, "output k ('name')" otherwise.</summary>
    private static string Which(Node node, int k) => node.Outputs.Count == 1 ? "output" : $"output {k} ('{node.Outputs[k].Name}')";

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
