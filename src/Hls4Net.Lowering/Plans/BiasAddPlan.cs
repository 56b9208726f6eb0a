using System.Numerics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Plans;

/// <summary>A bias layer's bias (bias type) as raw codes, shared by kernel and emitter.</summary>
public sealed class BiasAddPlan
{
    private BiasAddPlan(BiasAddOp op, FixedType bias, long[] biasRaw, BigInteger[]? biasWide)
    {
        Op = op;
        Bias = bias;
        BiasRaw = biasRaw;
        BiasWide = biasWide;
    }

    public BiasAddOp Op { get; }

    /// <summary>Type of the bias (the layer's bias precision).</summary>
    public FixedType Bias { get; }

    /// <summary>Raw bias codes when the bias type fits 64 bits (else empty).</summary>
    public long[] BiasRaw { get; }

    /// <summary>Raw bias codes for a bias type wider than 64 bits, else null.</summary>
    public BigInteger[]? BiasWide { get; }

    /// <summary>Quantize the node's bias; the bias precision must be set.</summary>
    public static BiasAddPlan Create(Node node)
    {
        var op = node.Op as BiasAddOp ?? throw new GraphException($"node '{node.Name}': expected a BiasAdd op, got {node.Op.Kind}");
        var b = node.Precision.Bias ?? throw new GraphException($"node '{node.Name}' ({node.Op.Kind}): bias precision not assigned");
        return b.FitsInt64
            ? new BiasAddPlan(op, b, LayerTypes.Quantize(op.Bias.Data, b), null)
            : new BiasAddPlan(op, b, [], LayerTypes.QuantizeWide(op.Bias.Data, b));
    }
}
