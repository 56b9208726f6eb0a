using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Layer normalization over the last axis.</summary>
internal static class LayerNormPackage
{
    /// <summary>The package of <see cref="LayerNormOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<LayerNormOp>()
        .Kernel(new LayerNormKernel())
        .FloatKernel(new LayerNormFloatKernel())
        .Emitter(new LayerNormEmitter())
        .CostRule(new LayerNormCostRule())
        .Build();
}
