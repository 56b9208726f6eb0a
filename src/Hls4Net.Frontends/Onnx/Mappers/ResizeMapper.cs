using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Resize / Upsample in nearest mode by integer factors on the spatial axes (batch and channel scales 1), with a
/// constant scales or sizes tensor. Nearest modes that equal out[i] = in[i / s] for integer s are accepted:
/// half_pixel / pytorch_half_pixel with round_prefer_floor or round_prefer_ceil, and asymmetric with floor.
/// </summary>
internal sealed class ResizeMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Resize", "Upsample"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        string Str(string name, string fallback) => node.Proto.Attribute.FirstOrDefault(a => a.Name == name)?.S.ToStringUtf8() ?? fallback;
        var x = ChannelsFirst.Input(node, context);
        var rank = x.Shape.Rank + 1;
        double[] scales;
        if (node.OpType == "Upsample")
        {
            node.Attributes.EnsureOnly("mode", "scales", "height_scale", "width_scale");
            scales = node.Attributes.Floats("scales") ?? context.RequireConstant(node, 1, "scales").Data;
        }
        else
        {
            node.Attributes.EnsureOnly("mode", "coordinate_transformation_mode", "nearest_mode", "cubic_coeff_a", "exclude_outside", "extrapolation_value", "antialias", "axes", "keep_aspect_ratio_policy");
            if (node.Attributes.Has("axes")) throw node.Error("Resize with 'axes' is not supported");
            var ctm = Str("coordinate_transformation_mode", "half_pixel");
            var nearest = Str("nearest_mode", "round_prefer_floor");
            var ok = (ctm is "half_pixel" or "pytorch_half_pixel" && nearest is "round_prefer_floor" or "round_prefer_ceil")
                || (ctm == "asymmetric" && nearest == "floor");
            if (!ok) throw node.Error($"Resize with coordinate_transformation_mode '{ctm}' and nearest_mode '{nearest}' is not supported");
            var scaleIndex = node.Opset < 11 ? 1 : 2;
            var s = context.TryConstant(node, scaleIndex);
            if (s is not null && s.Size > 0) scales = s.Data;
            else
            {
                var sizes = context.RequireConstant(node, 3, "sizes").ToInt64s();
                if (sizes.Length != rank) throw node.BadInput(3, $"{sizes.Length} sizes do not fit an input of rank {rank}");
                scales = sizes.Select((d, a) => a == 0 ? 1.0 : (double)d / x.Shape[a - 1]).ToArray();
            }
        }
        var mode = Str("mode", "nearest");
        if (mode != "nearest") throw node.BadAttribute("mode", mode, "only nearest upsampling is supported");
        if (scales.Length != rank) throw node.Error($"{scales.Length} scales do not fit an input of rank {rank}");
        if (scales[1] != 1) throw node.Error($"scaling the channel axis (scale {scales[1]}) is not supported");
        var spatial = scales.Skip(2).ToArray();
        if (spatial.Any(v => v < 1 || v != Math.Floor(v) || v > int.MaxValue)) throw node.Error($"scales [{string.Join(",", scales)}] are not positive integers on the spatial axes");
        ChannelsFirst.Wrap(node, context, new UpsampleOp(spatial.Select(v => (int)v).ToArray()), x);
    }
}
