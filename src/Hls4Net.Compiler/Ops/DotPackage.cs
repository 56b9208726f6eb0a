using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Product of two activations (Keras Dot, ONNX MatMul/Einsum between activations).</summary>
internal static class DotPackage
{
    /// <summary>The package of <see cref="DotOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<DotOp>()
        .Kernel(new DotKernel())
        .FloatKernel(new DotFloatKernel())
        .Emitter(new DotEmitter())
        .CostRule(new DotCostRule())
        .Build();
}
