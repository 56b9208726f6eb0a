using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>1-D convolution.</summary>
internal static class Conv1DPackage
{
    /// <summary>The package of <see cref="Conv1DOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<Conv1DOp>()
        .Kernel(new Conv1DKernel())
        .FamilyFloatKernel(new ConvFloatKernel(typeof(Conv1DOp)))
        .Emitter(new Conv1DEmitter())
        .CostRule(new Conv1DCostRule())
        .Build();
}
