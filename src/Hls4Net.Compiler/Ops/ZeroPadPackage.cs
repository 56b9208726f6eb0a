using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>ZeroPadding1D/2D.</summary>
internal static class ZeroPadPackage
{
    /// <summary>The package of <see cref="ZeroPadOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<ZeroPadOp>()
        .Kernel(new ZeroPadKernel())
        .FamilyFloatKernel(new PadCropFloatKernel(typeof(ZeroPadOp)))
        .Emitter(new ZeroPadEmitter())
        .CostRule(new WiringCostRule<ZeroPadOp>())
        .Build();
}
