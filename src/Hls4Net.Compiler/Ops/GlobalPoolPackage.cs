using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Global max/average pooling.</summary>
internal static class GlobalPoolPackage
{
    /// <summary>The package of <see cref="GlobalPoolOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<GlobalPoolOp>()
        .Kernel(new GlobalPoolKernel())
        .FloatKernel(new GlobalPoolFloatKernel())
        .Emitter(new GlobalPoolEmitter())
        .CostRule(new GlobalPoolCostRule())
        .Build();
}
