using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Reshape (a re-indexing: the reshape handlers).</summary>
internal static class ReshapePackage
{
    /// <summary>The package of <see cref="ReshapeOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<ReshapeOp>()
        .FamilyKernel(new ReshapeKernel(typeof(ReshapeOp)))
        .FamilyFloatKernel(new ReshapeFloatKernel(typeof(ReshapeOp)))
        .FamilyEmitter(new ReshapeEmitter(typeof(ReshapeOp)))
        .CostRule(new WiringCostRule<ReshapeOp>())
        .Build();
}
