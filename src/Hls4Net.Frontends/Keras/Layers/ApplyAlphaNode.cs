using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends.Keras.QKeras;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>
/// hls4ml's ApplyAlpha: after a QKeras layer whose kernel quantizer has alpha other than 1, a per-channel scale and shift
/// node "&lt;layer&gt;_alpha" (a batch norm) applies the alpha scales and the layer's (quantized) bias; the layer itself keeps
/// the grid weights and a zero bias.
/// </summary>
public static class ApplyAlphaNode
{
    public static Value Append(KerasImportContext context, string layerName, Value layerOutput, float[] scale, ConstTensor bias, AlphaScaledQuantizer alpha, IWeightQuantizer? biasQuantizer)
    {
        var node = context.Graph.Add($"{layerName}_alpha", new BatchNormOp(new ConstTensor(new Shape(scale.Length), scale), bias), layerOutput);
        if (alpha.PowerOfTwoScales) node.Annotations.Set(ImportHints.WeightType, AlphaScaledQuantizer.ScaleType(scale));
        if (biasQuantizer is not null) node.Annotations.Set(ImportHints.BiasType, biasQuantizer.Type);
        return node.Output;
    }

    public static ConstTensor Zeros(int n) => new(new Shape(n), new float[n]);
}
