using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>The recurrent layer <see cref="SimpleRnnOp"/> (nnet_recurrent.h).</summary>
internal static class SimpleRnnPackage
{
    /// <summary>The package of <see cref="SimpleRnnOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<SimpleRnnOp>()
        .Kernel(new RecurrentKernel<SimpleRnnOp>())
        .FloatKernel(new RecurrentFloatKernel<SimpleRnnOp>())
        .Emitter(new RecurrentEmitter<SimpleRnnOp>())
        .CostRule(new RecurrentCostRule<SimpleRnnOp>())
        .Build();
}
