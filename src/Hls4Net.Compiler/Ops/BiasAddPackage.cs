using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>
/// A bias added to a MatMul result: FoldMatMulBiasPass folds it into the Dense; under hls4ml semantics SplitBiasPass
/// makes it a bias layer again when the Dense has an explicit result type.
/// </summary>
internal static class BiasAddPackage
{
    /// <summary>The package of <see cref="BiasAddOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<BiasAddOp>()
        .Kernel(new BiasAddKernel())
        .FloatKernel(new BiasAddFloatKernel())
        .Emitter(new BiasAddEmitter())
        .CostRule(new BiasAddCostRule())
        .Build();
}
