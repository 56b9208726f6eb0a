using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Plans;

/// <summary>PReLU slopes as raw codes of the weight precision (the result type when none is set), shared by kernel and emitter.</summary>
public sealed class PReluPlan
{
    private PReluPlan(FixedType alphaType, long[] alphaRaw)
    {
        AlphaType = alphaType;
        AlphaRaw = alphaRaw;
    }

    public FixedType AlphaType { get; }

    /// <summary>Slopes; element i of a sample uses AlphaRaw[i % AlphaRaw.Length] (1 value, last-axis channels, or every element).</summary>
    public long[] AlphaRaw { get; }

    public static PReluPlan Create(Node node)
    {
        var op = node.Op as PReluOp ?? throw new GraphException($"node '{node.Name}': expected a PReLU op, got {node.Op.Kind}");
        var type = LayerTypes.Fast(node, node.Precision.Weight ?? LayerTypes.Result(node), "weight (slope)");
        return new PReluPlan(type, LayerTypes.Quantize(op.Alpha.Data, type));
    }
}
