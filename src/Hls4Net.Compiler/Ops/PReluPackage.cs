using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Parametric ReLU.</summary>
internal static class PReluPackage
{
    /// <summary>The package of <see cref="PReluOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<PReluOp>()
        .Kernel(new PReluKernel())
        .FloatKernel(new PReluFloatKernel())
        .Emitter(new PReluEmitter())
        .CostRule(new PReluCostRule())
        .Build();
}
