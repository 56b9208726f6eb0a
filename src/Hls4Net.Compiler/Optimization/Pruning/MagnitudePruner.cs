using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Optimization;

/// <summary>
/// Magnitude pruning (<see cref="PruneSelection"/>): sets the selected weights of a graph's Dense, Conv1D and Conv2D
/// layers (<see cref="PrunableWeights"/>) to exactly zero, in place. A convolution's weights are ranked with the
/// Dense weights (global sparsity or threshold), or on their own (per layer, or named). Deterministic: weights are ranked by (|w|, layer order, index).
/// </summary>
public static class MagnitudePruner
{
    /// <summary>Prune <paramref name="graph"/>'s Dense and convolution layers in place by <paramref name="selection"/>.</summary>
    /// <exception cref="UsageException">A layer named in the selection is not a prunable layer of the graph.</exception>
    public static void Apply(Graph graph, PruneSelection selection)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(selection);
        selection.Validate();
        var dense = graph.Nodes.Where(n => PrunableWeights.IsPrunable(n.Op)).ToList();
        foreach (var name in selection.Layers.Keys)
        {
            if (!dense.Any(n => n.Name == name)) throw new UsageException($"--layer-sparsity: no Dense or convolution layer named '{name}' (prunable layers: {string.Join(", ", dense.Select(n => n.Name))})");
        }
        var weights = dense.Select(n => (float[])PrunableWeights.Of(n.Op).Data.Clone()).ToList();
        var global = new List<int>();
        for (var l = 0; l < dense.Count; l++)
        {
            if (selection.Layers.TryGetValue(dense[l].Name, out var s)) ZeroSmallest(weights, [l], s);
            else global.Add(l);
        }
        if (selection.Threshold is { } t)
        {
            foreach (var l in global)
            {
                var w = weights[l];
                for (var i = 0; i < w.Length; i++) if (Math.Abs(w[i]) < t) w[i] = 0;
            }
        }
        else if (selection.Sparsity is { } sparsity)
        {
            if (selection.PerLayer) foreach (var l in global) ZeroSmallest(weights, [l], sparsity);
            else ZeroSmallest(weights, global, sparsity);
        }
        for (var l = 0; l < dense.Count; l++)
        {
            dense[l].Op = PrunableWeights.With(dense[l].Op, weights[l]);
        }
    }

    /// <summary>Zero the ⌊s·N⌋ smallest-magnitude weights over <paramref name="layers"/> together (N: their weight count).</summary>
    private static void ZeroSmallest(List<float[]> weights, IReadOnlyList<int> layers, double sparsity)
    {
        var all = new List<(float Magnitude, int Layer, int Index)>();
        foreach (var l in layers)
        {
            for (var i = 0; i < weights[l].Length; i++) all.Add((Math.Abs(weights[l][i]), l, i));
        }
        var count = (int)Math.Floor(sparsity * all.Count);
        if (count == 0) return;
        all.Sort((a, b) => a.Magnitude != b.Magnitude ? a.Magnitude.CompareTo(b.Magnitude) : a.Layer != b.Layer ? a.Layer.CompareTo(b.Layer) : a.Index.CompareTo(b.Index));
        for (var k = 0; k < count; k++) weights[all[k].Layer][all[k].Index] = 0;
    }
}
