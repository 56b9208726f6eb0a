using Hls4Net.TestSupport;

namespace Hls4Net.FixtureMaker;

/// <summary>Writes a Keras 2 weights file (<c>model.save_weights</c> layout): /&lt;layer&gt;/&lt;layer&gt;/kernel:0 and bias:0,
/// with the <c>layer_names</c> and <c>weight_names</c> attributes.</summary>
internal static class KerasWeightsFile
{
    public static void Write(string path, IReadOnlyList<(string Layer, float[] Kernel, int[] KernelDims, float[] Bias)> layers)
    {
        using var h5 = new TestHdf5Writer(path);
        foreach (var (layer, kernel, dims, bias) in layers)
        {
            h5.Group($"/{layer}");
            h5.Group($"/{layer}/{layer}");
            h5.Floats($"/{layer}/{layer}/kernel:0", kernel, Array.ConvertAll(dims, d => (long)d));
            h5.Floats($"/{layer}/{layer}/bias:0", bias, bias.Length);
            h5.Strings($"/{layer}", "weight_names", $"{layer}/kernel:0", $"{layer}/bias:0");
        }
        h5.Strings("/", "layer_names", layers.Select(l => l.Layer).ToArray());
    }
}
