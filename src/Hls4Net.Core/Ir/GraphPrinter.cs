using System.Text;

namespace Hls4Net.Core.Ir;

/// <summary>
/// Prints a graph as stable text, one line per node (<c>name = op(inputs) -> [shape] type</c>; a node with several outputs
/// prints <c>-> (out0 [shape] type, out1 [shape] type)</c>); used by pass tests and debug logs.
/// </summary>
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
              .Append(string.Join(", ", node.Inputs.Select(i => i.Name))).Append(") -> ");
            if (node.Outputs.Count == 1)
            {
                AppendValue(sb, node.Outputs[0]);
            }
            else
            {
                // Several outputs: (name [shape] type, ...), in output order.
                sb.Append('(');
                for (var k = 0; k < node.Outputs.Count; k++)
                {
                    if (k > 0) sb.Append(", ");
                    sb.Append(node.Outputs[k].Name).Append(' ');
                    AppendValue(sb, node.Outputs[k]);
                }
                sb.Append(')');
            }
            sb.Append('\n');
        }
        sb.Append("outputs ").Append(string.Join(", ", graph.Outputs.Select(o => o.Name))).Append('\n');
        return sb.ToString();
    }

    private static void AppendValue(StringBuilder sb, Value value)
    {
        sb.Append('[').Append(value.Shape).Append(']');
        if (value.Type is not null) sb.Append(' ').Append(value.Type);
    }
}
