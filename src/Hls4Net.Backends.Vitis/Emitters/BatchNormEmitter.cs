using Hls4Net.Backends.Vitis.Project;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Kernels;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits BatchNormalization as nnet::normalize (nnet_batchnorm.h) with the emulator's raw scale and shift.</summary>
public sealed class BatchNormEmitter : ILayerEmitter
{
    public Type OpType => typeof(BatchNormOp);

    public LayerCode Emit(LayerEmitContext context)
    {
        var node = context.Node;
        var p = BatchNormParameters.Create(node);
        var configName = $"config{context.Index}";
        var scaleType = $"{context.Id}_scale_t";
        var biasType = $"{context.Id}_bias_t";
        var scaleVar = $"{context.Id}_scale";
        var biasVar = $"{context.Id}_bias";
        var config = context.Renderer.Render("layers/batchnorm_config.hbs", new
        {
            configName,
            description = Comment.Text($"{node.Name}: BatchNormalization over {p.ScaleRaw.Length} channels"),
            nIn = node.Output.Shape.Size,
            nFilt = p.ScaleRaw.Length,
            reuseFactor = node.Hardware.ReuseFactor,
            scaleType,
            biasType,
        });
        var call = ElementwiseCall.Render(context, context.IsStream ? "normalize_stream" : "normalize", configName, scaleVar, biasVar);
        return new LayerCode
        {
            TypeDefinitions = [new TypeDefinition(scaleType, p.Scale), new TypeDefinition(biasType, p.Shift)],
            Config = config,
            Call = call,
            Weights = [new WeightArray(scaleVar, scaleType, p.Scale, p.ScaleRaw), new WeightArray(biasVar, biasType, p.Shift, p.ShiftRaw)],
            Includes = [context.IsStream ? "nnet_batchnorm_stream.h" : "nnet_batchnorm.h"],
            SupportsStream = true,
        };
    }
}
