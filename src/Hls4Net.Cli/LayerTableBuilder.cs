using Hls4Net.Core.Ir;

namespace Hls4Net.Cli;

/// <summary>Builds the inspect table rows: graph inputs first, then one row per node.</summary>
public sealed class LayerTableBuilder
{
    /// <summary>The rows of <paramref name="graph"/>; graph inputs show <paramref name="semantics"/>, the top-level semantics.</summary>
    public IReadOnlyList<LayerRow> Build(Graph graph, ArithmeticSemantics semantics)
    {
        var top = LayerRules.Name(semantics);
        var rows = graph.Inputs.Select(i => new LayerRow(i.Name, "Input", "", i.Shape.ToString(), 0, i.Type?.ToString() ?? "", null, null, null, "", 0, top, [])).ToList();
        foreach (var n in graph.Nodes)
        {
            var p = n.Precision;
            rows.Add(new LayerRow(
                n.Name, n.Op.Describe(), string.Join(", ", n.Inputs.Select(i => i.Shape.ToString())), n.Output.Shape.ToString(),
                n.Op.ParameterCount, n.Output.Type?.ToString() ?? "", p.Weight?.ToString(), p.Bias?.ToString(), p.Accum?.ToString(),
                n.Hardware.Strategy.ToString(), n.Hardware.ReuseFactor, LayerRules.Name(n.Hardware.Semantics), LayerRules.Of(n)));
        }
        return rows;
    }
}
