using System.Text;

namespace Hls4Net.Core.Ir;

/// <summary>Prints a graph as stable text, one line per node; used by pass tests and debug logs.</summary>
public sealed class GraphPrinter
{
    public string Print(Graph graph)
    {
        var sb = new StringBuilder();
        foreach (var input in graph.Inputs)
        {
            sb.Append("input ").Append(input.Name).Append('[').Append(input.Shape).Append(']');
            if (input.Type is not null) sb.Append(' ').Append(input.Type);
            sb.Append('\n');
        }
        foreach (var node in graph.Nodes)
        {
            sb.Append(node.Name).Append(" = ").Append(node.Op.Describe()).Append('(')
              .Append(string.Join(", ", node.Inputs.Select(i => i.Name))).Append(") -> [")
              .Append(node.Output.Shape).Append(']');
            if (node.Output.Type is not null) sb.Append(' ').Append(node.Output.Type);
            sb.Append('\n');
        }
        sb.Append("outputs ").Append(string.Join(", ", graph.Outputs.Select(o => o.Name))).Append('\n');
        return sb.ToString();
    }
}
