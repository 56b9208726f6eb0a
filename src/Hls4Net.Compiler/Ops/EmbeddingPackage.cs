using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Embedding (table lookup by integer index).</summary>
internal static class EmbeddingPackage
{
    /// <summary>The package of <see cref="EmbeddingOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<EmbeddingOp>()
        .Kernel(new EmbeddingKernel())
        .FloatKernel(new EmbeddingFloatKernel())
        .Emitter(new EmbeddingEmitter())
        .CostRule(new EmbeddingCostRule())
        .Build();
}
