using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Plans;

/// <summary>A BatchNorm layer's scale (weight type) and shift (bias type) as raw codes, shared by kernel and emitter.</summary>
public sealed class BatchNormPlan
{
    private BatchNormPlan(BatchNormOp op, FixedType scale, FixedType shift, long[] scaleRaw, long[] shiftRaw)
    {
        Op = op;
        Scale = scale;
        Shift = shift;
        ScaleRaw = scaleRaw;
        ShiftRaw = shiftRaw;
    }

    public BatchNormOp Op { get; }

    /// <summary>Type of the scale (the layer's weight precision).</summary>
    public FixedType Scale { get; }

    /// <summary>Type of the shift (the layer's bias precision).</summary>
    public FixedType Shift { get; }

    public long[] ScaleRaw { get; }

    public long[] ShiftRaw { get; }

    /// <summary>Quantize the node's scale and shift; weight and bias precisions must be set.</summary>
    public static BatchNormPlan Create(Node node)
    {
        var op = node.Op as BatchNormOp ?? throw new GraphException($"node '{node.Name}': expected a BatchNormalization op, got {node.Op.Kind}");
        var s = LayerTypes.Required(node, node.Precision.Weight, "weight (scale)");
        var b = LayerTypes.Required(node, node.Precision.Bias, "bias (shift)");
        return new BatchNormPlan(op, s, b, LayerTypes.Quantize(op.Scale.Data, s), LayerTypes.Quantize(op.Shift.Data, b));
    }
}
