using Hls4Net.Core.Ir;
using Hls4Net.Emulation;

namespace Hls4Net.Verification;

/// <summary>One <see cref="LayerOverflow"/> row per graph input (quantizing the samples) and per node, in graph order.</summary>
public static class OverflowSummary
{
    public static IReadOnlyList<LayerOverflow> Build(Graph graph, InterpreterResult result)
    {
        var rows = graph.Inputs.Select((v, k) => new LayerOverflow(v.Name, "Input", result.InputOverflow[k].Stores, result.InputOverflow[k].Overflows)).ToList();
        foreach (var node in graph.Nodes)
        {
            var counter = result.Overflow.TryGetValue(node, out var c) ? c : new OverflowCounter();
            rows.Add(new LayerOverflow(node.Name, node.Op.Describe(), counter.Stores, counter.Overflows));
        }
        return rows;
    }
}
