using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Lowering.Plans;

/// <summary>
/// The index map of a data-movement layer (zero padding, cropping, transpose, nearest upsampling): output element i
/// (row-major over the output shape) is input element <c>Map[i]</c>, or zero where <c>Map[i]</c> is -1. The same map
/// drives the fixed-point and the float kernels.
/// </summary>
public sealed class GatherPlan
{
    private GatherPlan(int[] map) => Map = map;

    /// <summary>Per output element, the input element it copies, or -1 for a zero.</summary>
    public int[] Map { get; }

    /// <summary>ZeroPad: spatial axis a shifted by Before[a]; positions outside the input are zeros.</summary>
    public static GatherPlan ZeroPad(Node node)
    {
        var op = Expect<ZeroPadOp>(node);
        var inShape = node.Inputs[0].Shape;
        return Build(node, c =>
        {
            for (var a = 0; a < op.Before.Length; a++)
            {
                c[a] -= op.Before[a];
                if (c[a] < 0 || c[a] >= inShape[a]) return false;
            }
            return true;
        });
    }

    /// <summary>Crop: Before[a] positions dropped in front of spatial axis a.</summary>
    public static GatherPlan Crop(Node node)
    {
        var op = Expect<CropOp>(node);
        return Build(node, c =>
        {
            for (var a = 0; a < op.Before.Length; a++) c[a] += op.Before[a];
            return true;
        });
    }

    /// <summary>Transpose: output coordinate i is input coordinate Perm[i].</summary>
    public static GatherPlan Transpose(Node node)
    {
        var op = Expect<TransposeOp>(node);
        var inCoord = new int[op.Perm.Length];
        return Build(node, c =>
        {
            for (var i = 0; i < op.Perm.Length; i++) inCoord[op.Perm[i]] = c[i];
            inCoord.CopyTo(c, 0);
            return true;
        });
    }

    /// <summary>Nearest upsampling: input coordinate a is the output one divided by Scales[a].</summary>
    public static GatherPlan Upsample(Node node)
    {
        var op = Expect<UpsampleOp>(node);
        return Build(node, c =>
        {
            for (var a = 0; a < op.Scales.Length; a++) c[a] /= op.Scales[a];
            return true;
        });
    }

    /// <summary>Row-major strides of <paramref name="shape"/>.</summary>
    public static int[] Strides(Shape shape)
    {
        var st = new int[shape.Rank];
        var acc = 1;
        for (var a = shape.Rank - 1; a >= 0; a--)
        {
            st[a] = acc;
            acc *= shape[a];
        }
        return st;
    }

    /// <summary>
    /// Build a map by visiting every output index of <paramref name="node"/>; <paramref name="source"/> gets the output
    /// coordinates and turns them into input coordinates in place, or returns false for a zero.
    /// </summary>
    public static GatherPlan Build(Node node, Func<int[], bool> source)
    {
        var input = node.Inputs[0].Shape;
        var output = node.Output.Shape;
        var inStrides = Strides(input);
        var outStrides = Strides(output);
        var map = new int[output.Size];
        var coord = new int[output.Rank];
        for (var i = 0; i < map.Length; i++)
        {
            for (var a = 0; a < output.Rank; a++) coord[a] = i / outStrides[a] % output[a];
            if (!source(coord))
            {
                map[i] = -1;
                continue;
            }
            var j = 0;
            for (var a = 0; a < input.Rank; a++) j += coord[a] * inStrides[a];
            map[i] = j;
        }
        return new GatherPlan(map);
    }

    private static T Expect<T>(Node node) where T : Op => node.Op as T
        ?? throw new GraphException($"node '{node.Name}': expected a {typeof(T).Name}, got {node.Op.Kind}");
}
