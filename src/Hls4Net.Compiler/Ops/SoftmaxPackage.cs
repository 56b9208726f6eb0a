using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Softmax (and its argmax implementation).</summary>
internal static class SoftmaxPackage
{
    /// <summary>The package of <see cref="SoftmaxOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<SoftmaxOp>()
        .Kernel(new SoftmaxKernel())
        .FloatKernel(new SoftmaxFloatKernel())
        .Emitter(new SoftmaxEmitter())
        .CostRule(new SoftmaxCostRule())
        .Build();
}
