using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Data-movement kernels (padding, cropping, transpose, upsampling): output element i is input element map[i]
/// stored into res_t, or zero where map[i] is -1 (the map is the node's <see cref="Lowering.Plans.GatherPlan"/>).
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
}
