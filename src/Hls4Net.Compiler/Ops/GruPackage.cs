using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>The recurrent layer <see cref="GruOp"/> (nnet_recurrent.h).</summary>
internal static class GruPackage
{
    /// <summary>The package of <see cref="GruOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<GruOp>()
        .Kernel(new RecurrentKernel<GruOp>())
        .FloatKernel(new RecurrentFloatKernel<GruOp>())
        .Emitter(new RecurrentEmitter<GruOp>())
        .CostRule(new RecurrentCostRule<GruOp>())
        .Build();
}
