using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Estimation.Rules;

/// <summary>1-D max/average pooling (see <see cref="PoolingCost"/>), window = pool size.</summary>
public sealed class Pool1DCostRule : CostRule<Pool1DOp>
{
    public override LayerEstimate Estimate(Node node, Pool1DOp op, EstimationContext context) =>
        PoolingCost.Estimate(node, op.Pool, op.PoolSize, 1, context);
}
