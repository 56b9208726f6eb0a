using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>2-D convolution.</summary>
internal static class Conv2DPackage
{
    /// <summary>The package of <see cref="Conv2DOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<Conv2DOp>()
        .Kernel(new Conv2DKernel())
        .FamilyFloatKernel(new ConvFloatKernel(typeof(Conv2DOp)))
        .Emitter(new Conv2DEmitter())
        .CostRule(new Conv2DCostRule())
        .Build();
}
