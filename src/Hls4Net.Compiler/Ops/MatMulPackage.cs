using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Matrix product with constant weights; only the float reference evaluates it before the passes.</summary>
internal static class MatMulPackage
{
    /// <summary>The package of <see cref="MatMulOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<MatMulOp>()
        .FloatKernel(new MatMulFloatKernel())
        .CostRule(new MatMulCostRule())
        .RemovedBy("FoldMatMulBiasPass (turns every MatMul into a Dense)")
        .Build();
}
