using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Tree ensembles (boosted decision trees, random forests; docs/bdt.md).</summary>
internal static class TreeEnsemblePackage
{
    /// <summary>The package of <see cref="TreeEnsembleOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<TreeEnsembleOp>()
        .Kernel(new TreeEnsembleKernel())
        .FloatKernel(new TreeEnsembleFloatKernel())
        .Emitter(new TreeEnsembleEmitter())
        .CostRule(new TreeEnsembleCostRule())
        .Build();
}
