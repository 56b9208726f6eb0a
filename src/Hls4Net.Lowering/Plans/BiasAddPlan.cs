using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Plans;

/// <summary>A bias layer's bias (bias type) as raw codes, shared by kernel and emitter.</summary>
public sealed class BiasAddPlan
{
    private BiasAddPlan(BiasAddOp op, FixedType bias, long[] biasRaw)
    {
        Op = op;
        Bias = bias;
        BiasRaw = biasRaw;
    }

    public BiasAddOp Op { get; }

    /// <summary>Type of the bias (the layer's bias precision).</summary>
    public FixedType Bias { get; }

    public long[] BiasRaw { get; }

    /// <summary>Quantize the node's bias; the bias precision must be set.</summary>
    public static BiasAddPlan Create(Node node)
    {
        var op = node.Op as BiasAddOp ?? throw new GraphException($"node '{node.Name}': expected a BiasAdd op, got {node.Op.Kind}");
        var b = LayerTypes.Required(node, node.Precision.Bias, "bias");
        return new BiasAddPlan(op, b, LayerTypes.Quantize(op.Bias.Data, b));
    }
}
