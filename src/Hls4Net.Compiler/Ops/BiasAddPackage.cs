using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>A bias added to a MatMul result; only the float reference evaluates it before the passes.</summary>
internal static class BiasAddPackage
{
    /// <summary>The package of <see cref="BiasAddOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<BiasAddOp>()
        .FloatKernel(new BiasAddFloatKernel())
        .CostRule(new BiasAddCostRule())
        .RemovedBy("FoldMatMulBiasPass (folds it with the MatMul before it into a Dense)")
        .Build();
}
