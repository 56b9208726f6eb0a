using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>1-D depthwise convolution.</summary>
internal static class DepthwiseConv1DPackage
{
    /// <summary>The package of <see cref="DepthwiseConv1DOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<DepthwiseConv1DOp>()
        .Kernel(new DepthwiseConv1DKernel())
        .FamilyFloatKernel(new ConvFloatKernel(typeof(DepthwiseConv1DOp)))
        .Emitter(new DepthwiseConv1DEmitter())
        .CostRule(new DepthwiseConv1DCostRule())
        .Build();
}
