using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Element-wise merges (Add, Subtract, Multiply, Average, Maximum, Minimum).</summary>
internal static class ElementwisePackage
{
    /// <summary>The package of <see cref="ElementwiseOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<ElementwiseOp>()
        .Kernel(new ElementwiseKernel())
        .FloatKernel(new ElementwiseFloatKernel())
        .Emitter(new ElementwiseEmitter())
        .CostRule(new ElementwiseCostRule())
        .Build();
}
