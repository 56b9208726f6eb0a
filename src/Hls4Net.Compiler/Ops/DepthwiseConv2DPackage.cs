using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>2-D depthwise convolution.</summary>
internal static class DepthwiseConv2DPackage
{
    /// <summary>The package of <see cref="DepthwiseConv2DOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<DepthwiseConv2DOp>()
        .Kernel(new DepthwiseConv2DKernel())
        .FamilyFloatKernel(new ConvFloatKernel(typeof(DepthwiseConv2DOp)))
        .Emitter(new DepthwiseConv2DEmitter())
        .CostRule(new DepthwiseConv2DCostRule())
        .Build();
}
