using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation;

namespace Hls4Net.Optimization;

/// <summary>
/// The cost of a design: the estimator's DSP, LUT, FF, BRAM and latency (docs/estimator.md), and its bits: the
/// stored parameters (weights and biases, each at its type's width) plus every graph input and layer output value at
/// its result width.
/// </summary>
public sealed record DesignCost(long Dsp, long Lut, long Ff, long Bram18K, long Bits, long LatencyCycles, double LatencyNs)
{
    /// <summary>The cost of <paramref name="graph"/> given its <paramref name="estimate"/>.</summary>
    public static DesignCost Of(Graph graph, DesignEstimate estimate)
    {
        long bits = graph.Inputs.Sum(v => (long)v.Shape.Size * (v.Type?.Width ?? 0));
        foreach (var node in graph.Nodes)
        {
            bits += node.Outputs.Sum(v => (long)v.Shape.Size * (v.Type?.Width ?? 0));
            if (node.Op is DenseOp dense)
            {
                bits += (long)dense.Weights.Size * (node.Precision.Weight?.Width ?? 0) + (long)dense.Bias.Size * (node.Precision.Bias?.Width ?? 0);
            }
            else
            {
                bits += (long)node.Op.ParameterCount * (node.Precision.Weight?.Width ?? 0);
            }
        }
        var t = estimate.Total;
        return new DesignCost(t.Dsp, t.Lut, t.Ff, t.Bram18K, bits, estimate.LatencyCycles, estimate.LatencyNs);
    }

    /// <summary>The figures in the order <paramref name="metric"/> compares them (the chosen cost first).</summary>
    public (long, long, long) Key(CostMetric metric) => metric switch
    {
        CostMetric.Dsp => (Dsp, Lut, Bits),
        CostMetric.Lut => (Lut, Dsp, Bits),
        _ => (Bits, Dsp, Lut),
    };
}
