using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Shared code of the layers emitted as nnet::normalize (nnet_batchnorm.h, io_parallel and io_stream): a
/// batchnorm_config.hbs struct over <c>channels</c> channels, the scale and bias typedefs and arrays
/// (<c>{id}_scale_t</c>/<c>{id}_scale</c>, <c>{id}_bias_t</c>/<c>{id}_bias</c>) and the normalize call.
/// </summary>
internal static class NormalizeLayerCode
{
    /// <summary>
    /// The layer's code; <paramref name="scaleWeights"/> and <paramref name="biasWeights"/> build the arrays from their
    /// variable and typedef names.
    /// </summary>
    public static LayerCode Emit(
        LayerEmitContext context, string description, int channels, FixedType scale, FixedType bias,
        Func<string, string, WeightArray> scaleWeights, Func<string, string, WeightArray> biasWeights)
    {
        var node = context.Node;
        if (node.Inputs[0].Type is { } inputType) CppWidth.CheckBatchNorm(node, inputType, scale, bias);
        var configName = context.ConfigName;
        var scaleType = context.Named("scale_t");
        var biasType = context.Named("bias_t");
        var scaleVar = context.Named("scale");
        var biasVar = context.Named("bias");
        var config = context.Renderer.Render("layers/batchnorm_config.hbs", new
        {
            configName,
            description = Comment.Text(description),
            nIn = node.Output.Shape.Size,
            nFilt = channels,
            reuseFactor = node.Hardware.ReuseFactor,
            scaleType,
            biasType,
        });
        return new LayerCode
        {
            TypeDefinitions = [new TypeDefinition(scaleType, scale), new TypeDefinition(biasType, bias)],
            Config = config,
            Call = ElementwiseCall.Render(context, context.IsStream ? "normalize_stream" : "normalize", configName, scaleVar, biasVar),
            Weights = [scaleWeights(scaleVar, scaleType), biasWeights(biasVar, biasType)],
            Includes = [context.IsStream ? "nnet_batchnorm_stream.h" : "nnet_batchnorm.h"],
            SupportsStream = true,
        };
    }
}
