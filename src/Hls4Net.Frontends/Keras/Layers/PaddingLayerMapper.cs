using System.Text.Json;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>ZeroPadding1D/2D and Cropping1D/2D (padding/cropping as an int, a pair, or a pair of pairs).</summary>
public sealed class PaddingLayerMapper : IKerasLayerMapper
{
    public IReadOnlyList<string> ClassNames { get; } = ["ZeroPadding1D", "ZeroPadding2D", "Cropping1D", "Cropping2D"];

    public Value Map(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context)
    {
        KerasWindow.RequireChannelsLast(layer, context);
        var rank = layer.ClassName.EndsWith("1D", StringComparison.Ordinal) ? 1 : 2;
        KerasWindow.Spatial(layer, inputs[0], rank, context);
        var crop = layer.ClassName.StartsWith("Cropping", StringComparison.Ordinal);
        var (before, after) = Amounts(layer, crop ? "cropping" : "padding", rank, context);
        Op op = crop ? new CropOp(before, after) : new ZeroPadOp(before, after);
        return context.Graph.Add(layer.Name, op, inputs[0]).Output;
    }

    private static (int[] Before, int[] After) Amounts(KerasLayer layer, string key, int rank, KerasImportContext context)
    {
        if (!layer.Config.TryGetProperty(key, out var v)) throw context.Error(layer, $"'{key}' is missing");
        string Bad() => $"'{key}' = {v.GetRawText()} is not an int, a pair or a pair of pairs";
        if (v.ValueKind == JsonValueKind.Number) return (Enumerable.Repeat(v.GetInt32(), rank).ToArray(), Enumerable.Repeat(v.GetInt32(), rank).ToArray());
        if (v.ValueKind != JsonValueKind.Array) throw context.Error(layer, Bad());
        var items = v.EnumerateArray().ToList();
        if (rank == 1)
        {
            if (items.Count == 2 && items.All(i => i.ValueKind == JsonValueKind.Number)) return ([items[0].GetInt32()], [items[1].GetInt32()]);
            throw context.Error(layer, Bad());
        }
        if (items.Count != 2) throw context.Error(layer, Bad());
        var before = new int[2];
        var after = new int[2];
        for (var a = 0; a < 2; a++)
        {
            var it = items[a];
            if (it.ValueKind == JsonValueKind.Number) before[a] = after[a] = it.GetInt32();
            else if (it.ValueKind == JsonValueKind.Array && it.GetArrayLength() == 2)
            {
                before[a] = it[0].GetInt32();
                after[a] = it[1].GetInt32();
            }
            else throw context.Error(layer, Bad());
        }
        return (before, after);
    }
}
