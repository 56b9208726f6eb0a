using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Batch normalization (scale and shift per channel).</summary>
internal static class BatchNormPackage
{
    /// <summary>The package of <see cref="BatchNormOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<BatchNormOp>()
        .Kernel(new BatchNormKernel())
        .FloatKernel(new BatchNormFloatKernel())
        .Emitter(new BatchNormEmitter())
        .CostRule(new BatchNormCostRule())
        .Build();
}
