using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>1-D max/average pooling.</summary>
internal static class Pool1DPackage
{
    /// <summary>The package of <see cref="Pool1DOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<Pool1DOp>()
        .Kernel(new Pool1DKernel())
        .FamilyFloatKernel(new PoolFloatKernel(typeof(Pool1DOp)))
        .Emitter(new Pool1DEmitter())
        .CostRule(new Pool1DCostRule())
        .Build();
}
