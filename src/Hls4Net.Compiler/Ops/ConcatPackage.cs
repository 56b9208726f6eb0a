using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Concatenation on one axis.</summary>
internal static class ConcatPackage
{
    /// <summary>The package of <see cref="ConcatOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<ConcatOp>()
        .Kernel(new ConcatKernel())
        .FloatKernel(new ConcatFloatKernel())
        .Emitter(new ConcatEmitter())
        .CostRule(new WiringCostRule<ConcatOp>())
        .Build();
}
