using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>MatMul by constant weights [n_in, n_out]: a Dense without bias, costed as <see cref="DenseCostRule"/>.</summary>
public sealed class MatMulCostRule : CostRule<MatMulOp>
{
    public override LayerEstimate Estimate(Node node, MatMulOp op, EstimationContext context) =>
        MacArrayModel.Estimate(node.Name, op.Kind, DenseCostRule.Shape(node, op.Weights, op.Weights.Shape[1], op.Weights.Shape[0], context), context);
}
