using System.Text.Json;
using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>Reads Keras sliding-window settings (sizes, strides, padding mode, data_format) for conv and pooling layers.</summary>
internal static class KerasWindow
{
    /// <summary>An int or int-list config value expanded to <paramref name="rank"/> values.</summary>
    public static int[] Tuple(KerasLayer layer, string key, int rank, int? fallback, KerasImportContext context)
    {
        if (layer.Config.TryGetProperty(key, out var v))
        {
            if (v.ValueKind == JsonValueKind.Number) return Enumerable.Repeat(v.GetInt32(), rank).ToArray();
            if (v.ValueKind == JsonValueKind.Array)
            {
                var items = v.EnumerateArray().ToList();
                if (items.Count == rank && items.All(i => i.ValueKind == JsonValueKind.Number)) return items.Select(i => i.GetInt32()).ToArray();
                if (items.Count == 1 && items[0].ValueKind == JsonValueKind.Number) return Enumerable.Repeat(items[0].GetInt32(), rank).ToArray();
                throw context.Error(layer, $"'{key}' = {v.GetRawText()} does not give {rank} integer(s)");
            }
        }
        return fallback is { } f ? Enumerable.Repeat(f, rank).ToArray() : throw context.Error(layer, $"'{key}' is missing");
    }

    /// <summary>Rejects channels_first: the IR is channels-last.</summary>
    public static void RequireChannelsLast(KerasLayer layer, KerasImportContext context)
    {
        var format = layer.String("data_format");
        if (format is not (null or "channels_last"))
        {
            throw context.Error(layer, $"data_format '{format}' is not supported (only channels_last)");
        }
    }

    /// <summary>
    /// Pads (before, after) of one axis for Keras/TensorFlow padding "valid" (none), "same" (output ceil(n/stride),
    /// the odd pad after) or, for 1-D convolutions, "causal" (all (k-1)*dilation before).
    /// </summary>
    public static (int Before, int After) Pads(KerasLayer layer, string mode, int input, int kernel, int stride, int dilation, bool allowCausal, KerasImportContext context)
    {
        switch (mode)
        {
            case "valid":
                return (0, 0);
            case "same":
                var output = (input + stride - 1) / stride;
                var total = Math.Max((output - 1) * stride + (kernel - 1) * dilation + 1 - input, 0);
                return (total / 2, total - total / 2);
            case "causal" when allowCausal:
                return ((kernel - 1) * dilation, 0);
            default:
                throw context.Error(layer, $"padding '{mode}' is not supported");
        }
    }

    /// <summary>Spatial sizes of a channels-last input of rank <paramref name="spatial"/>+1; an error otherwise.</summary>
    public static int[] Spatial(KerasLayer layer, Value input, int spatial, KerasImportContext context)
    {
        if (input.Shape.Rank != spatial + 1)
        {
            throw context.Error(layer, $"expects a channels-last input with {spatial} spatial axis(es), got shape {input.Shape}");
        }
        return input.Shape.Dims.Take(spatial).ToArray();
    }
}
