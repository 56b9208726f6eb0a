using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Tuning;

/// <summary>
/// Which layers the reuse tuner sets and the choices it may give them. Dense: every reuse factor
/// <see cref="ReuseFactorRule"/> accepts for n_in × n_out (the rule the hardware pass enforces), with the Latency and
/// the Resource strategy. Conv1D/Conv2D: the same rule on n_in = channels × kernel taps and n_out = filters, the
/// multiplier array hls4ml validates for a convolution (our C++ pipelines a convolution at II = RF and accepts any
/// factor, so the hls4ml rule keeps the tuned YAML valid for hls4ml too). Depthwise convolutions, pooling and
/// activations keep the configured values.
/// </summary>
public sealed class ReuseCandidates
{
    private readonly ReuseFactorRule _rule = new();

    /// <summary>The tunable layers of <paramref name="graph"/> (after the passes), in graph order.</summary>
    public IReadOnlyList<TunableLayer> Of(Graph graph)
    {
        var layers = new List<TunableLayer>();
        foreach (var node in graph.Nodes)
        {
            (int NIn, int NOut)? size = node.Op switch
            {
                DenseOp d => (d.InputSize, d.OutputSize),
                Conv1DOp or Conv2DOp => ConvSize(node),
                _ => null,
            };
            if (size is not { } s) continue;
            var factors = _rule.ValidValues(s.NIn, s.NOut);
            var choices = factors.Select(rf => new ReuseChoice(Strategy.Latency, rf))
                .Concat(factors.Select(rf => new ReuseChoice(Strategy.Resource, rf)))
                .ToList();
            layers.Add(new TunableLayer(node.Name, node.Op.Kind, s.NIn, s.NOut, choices));
        }
        return layers;
    }

    private static (int, int) ConvSize(Node node)
    {
        var g = ConvGeometry.Of(node);
        return (g.InC * g.KernelH * g.KernelW, g.OutC);
    }
}
