using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Dense (fully connected) layer on the last axis.</summary>
internal static class DensePackage
{
    /// <summary>The package of <see cref="DenseOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<DenseOp>()
        .Kernel(new DenseKernel())
        .FloatKernel(new DenseFloatKernel())
        .Emitter(new DenseEmitter())
        .CostRule(new DenseCostRule())
        .Build();
}
