using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Emits a bias layer (<see cref="BiasAddOp"/>) as nnet::normalize (nnet_batchnorm.h) with a unit scale of type
/// <c>ap_ufixed&lt;1,1&gt;</c>: the exact product x·1 is x, so the layer stores x + bias exactly once into its result
/// type, as BiasAddKernel computes. Reusing the batch-norm kernel keeps the set of nnet_utils headers unchanged.
/// </summary>
public sealed class BiasAddEmitter : LayerEmitter<BiasAddOp>
{
    private static readonly FixedType UnitScale = new(1, 1, false);

    private readonly PlanCache _plans = new();

    public override LayerCode Emit(LayerEmitContext context, BiasAddOp op)
    {
        var node = context.Node;
        var p = _plans.Get(node, BiasAddPlan.Create);
        var channels = op.Bias.Size;
        return NormalizeLayerCode.Emit(context, $"{node.Name}: BiasAdd over {channels} channels (unit scale)", channels, UnitScale, p.Bias,
            (name, type) => new WeightArray(name, type, UnitScale, Enumerable.Repeat(1L, channels).ToArray()),
            (name, type) => p.BiasWide is { } wide ? new WeightArray(name, type, p.Bias, wide) : new WeightArray(name, type, p.Bias, p.BiasRaw));
    }
}
