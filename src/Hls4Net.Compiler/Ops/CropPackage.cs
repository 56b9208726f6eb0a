using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Cropping1D/2D.</summary>
internal static class CropPackage
{
    /// <summary>The package of <see cref="CropOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<CropOp>()
        .Kernel(new CropKernel())
        .FamilyFloatKernel(new PadCropFloatKernel(typeof(CropOp)))
        .Emitter(new CropEmitter())
        .CostRule(new WiringCostRule<CropOp>())
        .Build();
}
