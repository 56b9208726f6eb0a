using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Estimation.Rules;

/// <summary>Global max/average pooling: each channel reduces all pixels (see <see cref="PoolingCost"/>).</summary>
public sealed class GlobalPoolCostRule : CostRule<GlobalPoolOp>
{
    public override LayerEstimate Estimate(Node node, GlobalPoolOp op, EstimationContext context)
    {
        var input = node.Inputs[0].Shape;
        var pixels = Math.Max(1, input.Size / Math.Max(1, input[input.Rank - 1]));
        // io_stream accumulates one pixel per cycle: one compare/add per channel.
        return PoolingCost.Estimate(node, op.Pool, context.IsStream ? 2 : pixels, 1, context);
    }
}
