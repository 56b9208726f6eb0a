using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>2-D max/average pooling.</summary>
internal static class Pool2DPackage
{
    /// <summary>The package of <see cref="Pool2DOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<Pool2DOp>()
        .Kernel(new Pool2DKernel())
        .FamilyFloatKernel(new PoolFloatKernel(typeof(Pool2DOp)))
        .Emitter(new Pool2DEmitter())
        .CostRule(new Pool2DCostRule())
        .Build();
}
