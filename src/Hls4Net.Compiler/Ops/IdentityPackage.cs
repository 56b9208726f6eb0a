using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Ops;

/// <summary>Identity / Dropout (usually removed by RemoveIdentityPass; the reshape handlers otherwise).</summary>
internal static class IdentityPackage
{
    /// <summary>The package of <see cref="IdentityOp"/>.</summary>
    public static OpPackage Create() => OpPackage.For<IdentityOp>()
        .FamilyKernel(new ReshapeKernel(typeof(IdentityOp)))
        .FamilyFloatKernel(new ReshapeFloatKernel(typeof(IdentityOp)))
        .FamilyEmitter(new ReshapeEmitter(typeof(IdentityOp)))
        .CostRule(new WiringCostRule<IdentityOp>())
        .Build();
}
