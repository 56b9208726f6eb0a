using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Lowering.Plans;

/// <summary>
/// The layout of a concatenation along <see cref="ConcatOp.Axis"/>: for each of <see cref="Outer"/> indices of the
/// axes before it, the contiguous blocks of input 0, 1, ... follow each other (<see cref="Blocks"/>[k] elements of input k).
/// </summary>
public sealed class ConcatPlan
{
    private ConcatPlan(int outer, int[] blocks)
    {
        Outer = outer;
        Blocks = blocks;
    }

    /// <summary>Product of the output dimensions before the axis.</summary>
    public int Outer { get; }

    /// <summary>Per input, the elements it contributes to each outer index.</summary>
    public int[] Blocks { get; }

    public static ConcatPlan Create(Node node)
    {
        var op = node.Op as ConcatOp ?? throw new GraphException($"node '{node.Name}': expected a Concat op, got {node.Op.Kind}");
        var outer = 1;
        for (var a = 0; a < op.Axis; a++) outer *= node.Output.Shape[a];
        return new ConcatPlan(outer, node.Inputs.Select(v => v.Shape.Size / outer).ToArray());
    }
}
