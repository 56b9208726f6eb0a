using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>UpSampling1D/2D (nearest neighbour).</summary>
internal static class UpsamplePackage
{
    /// <summary>The package of <see cref="UpsampleOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<UpsampleOp>()
        .Kernel(new UpsampleKernel())
        .FloatKernel(new UpsampleFloatKernel())
        .Emitter(new UpsampleEmitter())
        .CostRule(new WiringCostRule<UpsampleOp>())
        .Build();
}
