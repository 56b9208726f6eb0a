using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Flatten (a re-indexing: the reshape handlers).</summary>
internal static class FlattenPackage
{
    /// <summary>The package of <see cref="FlattenOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<FlattenOp>()
        .FamilyKernel(new ReshapeKernel(typeof(FlattenOp)))
        .FamilyFloatKernel(new ReshapeFloatKernel(typeof(FlattenOp)))
        .FamilyEmitter(new ReshapeEmitter(typeof(FlattenOp)))
        .CostRule(new WiringCostRule<FlattenOp>())
        .Build();
}
