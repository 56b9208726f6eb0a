using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;


namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits BatchNormalization as nnet::normalize (nnet_batchnorm.h) with the emulator's raw scale and shift.</summary>
public sealed class BatchNormEmitter : LayerEmitter<BatchNormOp>
{
    private readonly PlanCache _plans = new();

    public override LayerCode Emit(LayerEmitContext context, BatchNormOp op)
    {
        var node = context.Node;
        var wide = LayerTypes.AnyWide(node.Precision.Weight, node.Precision.Bias);
        var p = wide ? null : _plans.Get(node, BatchNormPlan.Create);
        var (ts, tb) = p is null
            ? (RequiredTypes.Precision(node, node.Precision.Weight, "weight (scale)"), RequiredTypes.Precision(node, node.Precision.Bias, "bias (shift)"))
            : (p.Scale, p.Shift);
        var channels = op.Scale.Size;
        return NormalizeLayerCode.Emit(context, $"{node.Name}: BatchNormalization over {channels} channels", channels, ts, tb,
            (name, type) => p is null ? new WeightArray(name, type, ts, LayerTypes.QuantizeWide(op.Scale.Data, ts)) : new WeightArray(name, type, p.Scale, p.ScaleRaw),
            (name, type) => p is null ? new WeightArray(name, type, tb, LayerTypes.QuantizeWide(op.Shift.Data, tb)) : new WeightArray(name, type, p.Shift, p.ShiftRaw));
    }
}
