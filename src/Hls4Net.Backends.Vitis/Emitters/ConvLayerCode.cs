using Hls4Net.Core.Ir;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;


namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Shared code of the convolution emitters: a conv_config.hbs struct from <see cref="ConvGeometry"/> (1-D layers as
/// height 1), the weight/bias/accum typedefs, and weights quantized by the emulator's own conversion.
/// </summary>
public static class ConvLayerCode
{
    public static LayerCode Emit(LayerEmitContext context, ConstTensor weights, ConstTensor bias, string function, string include)
    {
        var node = context.Node;
        var wt = RequiredTypes.Precision(node, node.Precision.Weight, "weight");
        var bt = RequiredTypes.Precision(node, node.Precision.Bias, "bias");
        var at = RequiredTypes.Precision(node, node.Precision.Accum, "accum");
        if (node.Inputs[0].Type is { } inputType) CppWidth.CheckDense(node, inputType, wt, at);
        var g = ConvGeometry.Of(node);
        var configName = $"config{context.Index}";
        var weightTypeName = $"{context.Id}_weight_t";
        var biasTypeName = $"{context.Id}_bias_t";
        var accumTypeName = $"{context.Id}_accum_t";
        var weightName = $"w{context.Index}";
        var biasName = $"b{context.Index}";
        var depthwise = function.StartsWith("depthwise", StringComparison.Ordinal);
        var multiplications = g.OutH * g.OutW * g.OutC * g.KernelH * g.KernelW * (depthwise ? 1 : g.InC);
        var reuse = Math.Max(1, node.Hardware.ReuseFactor);
        var config = context.Renderer.Render("layers/conv_config.hbs", new
        {
            configName,
            description = node.Op.Describe(),
            inHeight = g.InH,
            inWidth = g.InW,
            nChan = g.InC,
            outHeight = g.OutH,
            outWidth = g.OutW,
            nFilt = g.OutC,
            filtHeight = g.KernelH,
            filtWidth = g.KernelW,
            strideHeight = g.StrideH,
            strideWidth = g.StrideW,
            padTop = g.PadTop,
            padLeft = g.PadLeft,
            dilationHeight = g.DilationH,
            dilationWidth = g.DilationW,
            depthMultiplier = g.DepthMultiplier,
            reuseFactor = reuse,
            multiplierLimit = (multiplications + reuse - 1) / reuse,
            storeProducts = ProductStore.CppFlag(node),
            accumTypeName,
            weightTypeName,
            biasTypeName,
        });
        var call = context.Renderer.Render("layers/conv_call.hbs", new
        {
            function = context.IsStream ? function + "_stream" : function,
            inputType = context.InputTypeNames[0],
            outputType = context.OutputTypeName,
            configName,
            inputVar = context.InputVars[0],
            outputVar = context.OutputVar,
            weightName,
            biasName,
        });
        return new LayerCode
        {
            TypeDefinitions =
            [
                new TypeDefinition(weightTypeName, wt),
                new TypeDefinition(biasTypeName, bt),
                new TypeDefinition(accumTypeName, at),
            ],
            Config = config,
            Call = call,
            Weights =
            [
                Array(weightName, weightTypeName, wt, weights),
                Array(biasName, biasTypeName, bt, bias),
            ],
            Includes = [context.IsStream ? "nnet_conv_stream.h" : include],
            SupportsStream = true,
        };
    }

    /// <summary>A required precision of any width (wide ones take the emulator's wide path and are emitted exactly).</summary>
    /// <summary>Constants quantized by the emulator's own conversion, as 64-bit or wide raw codes.</summary>
    private static WeightArray Array(string name, string typeName, Hls4Net.Core.Numerics.FixedType type, ConstTensor data) => type.FitsInt64
        ? new WeightArray(name, typeName, type, LayerTypes.Quantize(data.Data, type))
        : new WeightArray(name, typeName, type, LayerTypes.QuantizeWide(data.Data, type));
}
