using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Estimation.Rules;

/// <summary>2-D max/average pooling (see <see cref="PoolingCost"/>), window = pool height × width.</summary>
public sealed class Pool2DCostRule : CostRule<Pool2DOp>
{
    public override LayerEstimate Estimate(Node node, Pool2DOp op, EstimationContext context) =>
        PoolingCost.Estimate(node, op.Pool, op.PoolSize.H * (long)op.PoolSize.W, op.PoolSize.H, context);
}
