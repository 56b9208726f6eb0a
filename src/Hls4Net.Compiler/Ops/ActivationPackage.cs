using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Element-wise activations: piecewise functions (ReLU family, hard sigmoid, ...) and table functions (sigmoid, tanh, ...) have their own kernel and emitter, chosen per node.</summary>
internal static class ActivationPackage
{
    /// <summary>The package of <see cref="ActivationOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<ActivationOp>()
        .Kernel(new ReluFamilyKernel(), ReluFamilyKernel.Supports)
        .Kernel(new TableActivationKernel(), TableActivationKernel.Supports)
        .FloatKernel(new ActivationFloatKernel())
        .Emitter(new ActivationEmitter(), ActivationEmitter.Supports)
        .Emitter(new TableActivationEmitter(), TableActivationEmitter.Supports)
        .CostRule(new ActivationCostRule())
        .Build();
}
