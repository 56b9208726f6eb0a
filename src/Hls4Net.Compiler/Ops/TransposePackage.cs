using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Transpose (axis permutation).</summary>
internal static class TransposePackage
{
    /// <summary>The package of <see cref="TransposeOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<TransposeOp>()
        .Kernel(new TransposeKernel())
        .FloatKernel(new TransposeFloatKernel())
        .Emitter(new TransposeEmitter())
        .CostRule(new WiringCostRule<TransposeOp>())
        .Build();
}
