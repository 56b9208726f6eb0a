using Hls4Net.Core.Ir;

namespace Hls4Net.Compiler.Tests.Api;

/// <summary>Everything a pass may change in a graph, as text: order, wiring, names, shapes, types, precisions, hardware.</summary>
internal static class GraphSnapshot
{
    public static string Of(Graph graph)
    {
        var lines = new List<string> { $"graph {graph.Name}: inputs {Values(graph.Inputs)}; outputs {Values(graph.Outputs)}" };
        foreach (var n in graph.Nodes)
        {
            lines.Add($"{n.Name} {n.Op.Describe()} ({Values(n.Inputs)}) -> {Value(n.Output)} precision {n.Precision} hardware {n.Hardware}");
        }
        return string.Join("\n", lines);
    }

    private static string Values(IEnumerable<Value> values) => string.Join(", ", values.Select(Value));

    private static string Value(Value v) => $"{v.Name}[{v.Shape}]:{v.Type?.ToString() ?? "untyped"}@{v.Producer?.Name ?? "input"}";
}
