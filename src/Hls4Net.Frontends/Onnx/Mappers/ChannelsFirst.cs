using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// IR values of an ONNX import keep ONNX's channels-first layout ([C, L] or [C, H, W] without the batch). A
/// channels-last op is wrapped as Transpose(to channels-last) → op → Transpose(back); ChannelsLastPass cancels pairs.
/// </summary>
internal static class ChannelsFirst
{
    /// <summary>Permutation from [C, spatial...] to [spatial..., C].</summary>
    public static int[] ToLast(int rank) => [.. Enumerable.Range(1, rank - 1), 0];

    /// <summary>Permutation from [spatial..., C] to [C, spatial...].</summary>
    public static int[] ToFirst(int rank) => [rank - 1, .. Enumerable.Range(0, rank - 1)];

    /// <summary>The computed input 0 as a channels-first value with 1 or 2 spatial axes; an error naming the node otherwise.</summary>
    public static Value Input(OnnxNode node, OnnxImportContext context, int spatialRank = 0)
    {
        var x = context.Activation(node, 0);
        var ok = spatialRank == 0 ? x.Shape.Rank is 2 or 3 : x.Shape.Rank == spatialRank + 1;
        if (!ok) throw node.Error($"ONNX op '{node.OpType}' needs an input of shape [N, C, L] or [N, C, H, W]", $"got per-sample shape {x.Shape}");
        return x;
    }

    /// <summary>Add Transpose → <paramref name="op"/> → Transpose for <paramref name="node"/>; the result takes the ONNX output name.</summary>
    public static Value Wrap(OnnxNode node, OnnxImportContext context, Op op, Value x, bool transposeBack = true)
    {
        try
        {
            var rank = x.Shape.Rank;
            var cl = context.Graph.Add($"{node.Name}_to_channels_last", new TransposeOp(ToLast(rank)), x);
            var core = context.Graph.Add(node.Name, op, cl.Output);
            var result = core.Output;
            if (transposeBack && result.Shape.Rank == rank)
            {
                result = context.Graph.Add($"{node.Name}_to_channels_first", new TransposeOp(ToFirst(rank)), result).Output;
            }
            context.SetValue(node.OutputName, result);
            return result;
        }
        catch (GraphException e)
        {
            throw node.Error($"ONNX op '{node.OpType}' does not fit its input shape {x.Shape}", e.Message);
        }
    }

    /// <summary>(before, after) per spatial axis from ONNX pads [x1_begin, x2_begin, ..., x1_end, x2_end] or auto_pad.</summary>
    public static (int Before, int After)[] Pads(OnnxNode node, int[] spatial, int[] kernel, int[] strides, int[] dilations)
    {
        var n = spatial.Length;
        var autoPad = node.Proto.Attribute.FirstOrDefault(a => a.Name == "auto_pad")?.S.ToStringUtf8() ?? "NOTSET";
        var result = new (int, int)[n];
        switch (autoPad)
        {
            case "NOTSET":
                var pads = node.Attributes.Ints("pads") ?? new long[2 * n];
                if (pads.Length != 2 * n) throw node.BadAttribute("pads", "[" + string.Join(",", pads) + "]", $"expected {2 * n} values");
                if (pads.Any(p => p is < 0 or > int.MaxValue)) throw node.BadAttribute("pads", "[" + string.Join(",", pads) + "]", "pads must be non-negative integers below 2^31");
                for (var a = 0; a < n; a++) result[a] = ((int)pads[a], (int)pads[a + n]);
                return result;
            case "VALID":
                return result;
            case "SAME_UPPER":
            case "SAME_LOWER":
                for (var a = 0; a < n; a++)
                {
                    var output = (spatial[a] + strides[a] - 1) / strides[a];
                    var total = Math.Max((output - 1) * strides[a] + (kernel[a] - 1) * dilations[a] + 1 - spatial[a], 0);
                    var small = total / 2;
                    result[a] = autoPad == "SAME_UPPER" ? (small, total - small) : (total - small, small);
                }
                return result;
            default:
                throw node.BadAttribute("auto_pad", autoPad);
        }
    }

    /// <summary>An ints attribute of one value per spatial axis, or the default.</summary>
    public static int[] PerAxis(OnnxNode node, string name, int n, int fallback)
    {
        var v = node.Attributes.Ints(name);
        if (v is null) return Enumerable.Repeat(fallback, n).ToArray();
        if (v.Length != n) throw node.BadAttribute(name, "[" + string.Join(",", v) + "]", $"expected {n} values");
        if (v.Any(x => x is < 1 or > int.MaxValue)) throw node.BadAttribute(name, "[" + string.Join(",", v) + "]", "values must be positive integers below 2^31");
        return v.Select(x => (int)x).ToArray();
    }
}
