using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Plans;

/// <summary>
/// A convolution's (Conv1D/2D, DepthwiseConv1D/2D) window geometry and its weights and bias quantized into the weight
/// and bias types (raw codes), for the 64-bit fast path. Weight layouts are the ops' Keras ones: standard
/// w[((kh*KW+kw)*InC+ci)*OutC+co]; depthwise (co = c*mult+m) w[((kh*KW+kw)*InC+c)*mult+m].
/// </summary>
public sealed class ConvPlan
{
    private ConvPlan(ConvGeometry geometry, bool depthwise, FixedType weight, FixedType bias, FixedType accum, long[] weightRaw, long[] biasRaw)
    {
        Geometry = geometry;
        Depthwise = depthwise;
        Weight = weight;
        Bias = bias;
        Accum = accum;
        WeightRaw = weightRaw;
        BiasRaw = biasRaw;
    }

    public ConvGeometry Geometry { get; }

    /// <summary>True for DepthwiseConv1D/2D.</summary>
    public bool Depthwise { get; }

    public FixedType Weight { get; }

    public FixedType Bias { get; }

    public FixedType Accum { get; }

    public long[] WeightRaw { get; }

    public long[] BiasRaw { get; }

    /// <summary>True for the depthwise convolutions (one input channel per group of DepthMultiplier outputs).</summary>
    public static bool IsDepthwise(Op op) => op is DepthwiseConv1DOp or DepthwiseConv2DOp;

    /// <summary>Quantize the node's weights and bias; weight, bias and accum precisions must be set and fit 64-bit raw codes.</summary>
    public static ConvPlan Create(Node node)
    {
        if (node.Op is not (Conv1DOp or Conv2DOp or DepthwiseConv1DOp or DepthwiseConv2DOp) || node.Op is not IWeightedOp op)
        {
            throw new GraphException($"node '{node.Name}': expected a convolution op, got {node.Op.Kind}");
        }
        var wt = LayerTypes.Required(node, node.Precision.Weight, "weight");
        var bt = LayerTypes.Required(node, node.Precision.Bias, "bias");
        var at = LayerTypes.Required(node, node.Precision.Accum, "accum");
        return new ConvPlan(ConvGeometry.Of(node), IsDepthwise(node.Op), wt, bt, at,
            LayerTypes.Quantize(op.Weights.Data, wt), LayerTypes.Quantize(op.Bias.Data, bt));
    }
}
