using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Data-movement kernels (padding, cropping, transpose, upsampling): output element i is input element map[i]
/// stored into res_t, or zero where map[i] is -1.
/// </summary>
public static class IndexGather
{
    public static FixedTensor Run(Node node, FixedTensor input, int[] map, OverflowCounter overflow)
    {
        if (Wide.WideRaw.Needed(node, [input])) return Wide.WideRaw.Gather(node, [input], map.Select(j => (0, j)).ToArray(), overflow);
        var result = LayerTypes.Result(node);
        var xt = LayerTypes.Fast(node, input.Type, "input");
        var n = map.Length;
        var raw = new long[input.Batch * n];
        for (var s = 0; s < input.Batch; s++)
        {
            var x = input.Sample(s);
            for (var i = 0; i < n; i++)
            {
                bool o = false;
                if (map[i] >= 0) raw[s * n + i] = FixedMath.Convert(x[map[i]], xt, result, out o);
                overflow.Record(o);
            }
        }
        return new FixedTensor(result, node.Output.Shape, input.Batch, raw);
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
    /// Build a map by visiting every output index; <paramref name="source"/> gets the output coordinates and
    /// returns the input coordinates in place, or false for a zero.
    /// </summary>
    public static int[] Build(Shape input, Shape output, Func<int[], bool> source)
    {
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
        return map;
    }
}
