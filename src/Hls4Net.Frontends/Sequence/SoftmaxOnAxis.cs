using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Sequence;

/// <summary>
/// A softmax over any axis (or block of trailing axes) of a sample, built from the last-axis <see cref="SoftmaxOp"/>:
/// a softmax over one inner axis becomes Transpose (that axis last) → Softmax → Transpose (back); a softmax over the
/// flattened block of axes <c>[axis..]</c> (ONNX before opset 13) becomes Reshape → Softmax → Reshape. Every piece
/// has a bit-exact kernel and C++ code, so the composition is bit-exact too.
/// </summary>
public static class SoftmaxOnAxis
{
    /// <summary>
    /// Adds a softmax of <paramref name="input"/> over sample axis <paramref name="axis"/> (0-based, batch excluded) to
    /// <paramref name="graph"/>, named <paramref name="name"/> (helper nodes get suffixes); returns the result value.
    /// </summary>
    public static Value OneAxis(Graph graph, string name, Value input, int axis)
    {
        var rank = input.Shape.Rank;
        if (axis < 0 || axis >= rank) throw new GraphException($"softmax axis {axis} is outside the sample shape {input.Shape}");
        if (axis == rank - 1)
        {
            return graph.Add(name, new SoftmaxOp(), input).Output;
        }
        var perm = Enumerable.Range(0, rank).Where(a => a != axis).Append(axis).ToArray();
        var forward = new TransposeOp(perm);
        var moved = graph.Add(name + "_to_last", forward, input).Output;
        var soft = graph.Add(name, new SoftmaxOp(), moved).Output;
        return graph.Add(name + "_from_last", new TransposeOp(forward.Inverse()), soft).Output;
    }

    /// <summary>
    /// Adds a softmax over the flattened block of sample axes <c>[axis..]</c> (ONNX Softmax before opset 13); the
    /// block equal to the last axis is a plain softmax.
    /// </summary>
    public static Value TrailingBlock(Graph graph, string name, Value input, int axis)
    {
        var dims = input.Shape.Dims;
        if (axis < 0 || axis >= dims.Length) throw new GraphException($"softmax axis {axis} is outside the sample shape {input.Shape}");
        var block = dims.Skip(axis).Aggregate(1, (a, d) => a * d);
        if (block == dims[^1]) return graph.Add(name, new SoftmaxOp(), input).Output;
        var flat = new Shape(dims.Take(axis).Append(block).ToArray());
        var folded = graph.Add(name + "_flatten", new ReshapeOp(flat), input).Output;
        var soft = graph.Add(name, new SoftmaxOp(), folded).Output;
        return graph.Add(name + "_unflatten", new ReshapeOp(input.Shape), soft).Output;
    }
}
