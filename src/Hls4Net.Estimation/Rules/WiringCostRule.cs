using Hls4Net.Core.Ir;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// Ops that only move values (Flatten, Reshape, Identity, Concatenate, Transpose, ZeroPad, Crop, UpSampling): wiring
/// in io_parallel; in io_stream a copy loop of one element per cycle (its FIFOs are counted by the estimator).
/// </summary>
public sealed class WiringCostRule<TOp> : CostRule<TOp> where TOp : Op
{
    public override LayerEstimate Estimate(Node node, TOp op, EstimationContext context) =>
        NodeFacts.Elementwise(node, context, ResourceCost.Zero, 0, CostReasons.Wiring(op.Describe()));
}
