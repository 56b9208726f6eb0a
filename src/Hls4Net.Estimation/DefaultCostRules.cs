using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Estimation;

/// <summary>The cost rules for every op kind of the IR (built in code; op packages may add or replace rules).</summary>
public static class DefaultCostRules
{
    /// <summary>A fresh rule set with one rule per op class.</summary>
    public static CostRuleSet Create() => new CostRuleSet()
        .Add(new DenseCostRule())
        .Add(new MatMulCostRule())
        .Add(new Conv1DCostRule())
        .Add(new Conv2DCostRule())
        .Add(new DepthwiseConv1DCostRule())
        .Add(new DepthwiseConv2DCostRule())
        .Add(new ActivationCostRule())
        .Add(new SoftmaxCostRule())
        .Add(new Pool1DCostRule())
        .Add(new Pool2DCostRule())
        .Add(new GlobalPoolCostRule())
        .Add(new BatchNormCostRule())
        .Add(new BiasAddCostRule())
        .Add(new PReluCostRule())
        .Add(new ElementwiseCostRule())
        .Add(new WiringCostRule<FlattenOp>())
        .Add(new WiringCostRule<ReshapeOp>())
        .Add(new WiringCostRule<IdentityOp>())
        .Add(new WiringCostRule<ConcatOp>())
        .Add(new WiringCostRule<TransposeOp>())
        .Add(new WiringCostRule<ZeroPadOp>())
        .Add(new WiringCostRule<CropOp>())
        .Add(new WiringCostRule<UpsampleOp>());
}
