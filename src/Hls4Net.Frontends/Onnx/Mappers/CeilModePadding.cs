namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// ONNX / PyTorch pooling with ceil_mode 1 as floor-mode pooling with extra padding at the end of each axis: the
/// output size is ceil((in + pads - kernel) / stride) + 1, less one when that last window would start in the end
/// padding (PyTorch's rule, which ONNX Runtime follows). The extra cells are padding, so a max pool (and an average
/// pool that does not count padding) ignores them exactly as the ceil-mode window clipped at the edge does.
/// </summary>
internal static class CeilModePadding
{
    /// <summary>The pads with each axis's end grown by what its last ceil-mode window overhangs.</summary>
    public static (int Before, int After)[] Extend((int Before, int After)[] pads, int[] spatial, int[] kernel, int[] strides)
    {
        var result = new (int Before, int After)[pads.Length];
        for (var a = 0; a < pads.Length; a++)
        {
            var span = spatial[a] + pads[a].Before + pads[a].After - kernel[a];
            if (span < 0)
            {
                result[a] = pads[a];
                continue;
            }
            var outputs = (span + strides[a] - 1) / strides[a] + 1;
            if ((outputs - 1) * strides[a] >= spatial[a] + pads[a].Before) outputs--;
            var extra = Math.Max(0, (outputs - 1) * strides[a] + kernel[a] - (spatial[a] + pads[a].Before + pads[a].After));
            result[a] = (pads[a].Before, pads[a].After + extra);
        }
        return result;
    }
}
