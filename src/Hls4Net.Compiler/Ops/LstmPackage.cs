using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>The recurrent layer <see cref="LstmOp"/> (nnet_recurrent.h).</summary>
internal static class LstmPackage
{
    /// <summary>The package of <see cref="LstmOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<LstmOp>()
        .Kernel(new RecurrentKernel<LstmOp>())
        .FloatKernel(new RecurrentFloatKernel<LstmOp>())
        .Emitter(new RecurrentEmitter<LstmOp>())
        .CostRule(new RecurrentCostRule<LstmOp>())
        .Build();
}
