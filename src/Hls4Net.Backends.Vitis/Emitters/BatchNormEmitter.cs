using Hls4Net.Backends.Vitis.Project;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;


namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits BatchNormalization as nnet::normalize (nnet_batchnorm.h) with the emulator's raw scale and shift.</summary>
public sealed class BatchNormEmitter : ILayerEmitter
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(BatchNormOp);

    public LayerCode Emit(LayerEmitContext context)
    {
        var node = context.Node;
        var op = (BatchNormOp)node.Op;
        var wide = LayerTypes.AnyWide(node.Precision.Weight, node.Precision.Bias);
        var p = wide ? null : _plans.Get(node, BatchNormPlan.Create);
        var (ts, tb) = p is null ? (node.Precision.Weight ?? throw new GraphException($"node '{node.Name}' ({node.Op.Kind}): weight (scale) precision not assigned"), node.Precision.Bias ?? throw new GraphException($"node '{node.Name}' ({node.Op.Kind}): bias (shift) precision not assigned")) : (p.Scale, p.Shift);
        if (node.Inputs[0].Type is { } inputType) CppWidth.CheckBatchNorm(node, inputType, ts, tb);
        var channels = op.Scale.Size;
        var configName = $"config{context.Index}";
        var scaleType = $"{context.Id}_scale_t";
        var biasType = $"{context.Id}_bias_t";
        var scaleVar = $"{context.Id}_scale";
        var biasVar = $"{context.Id}_bias";
        var config = context.Renderer.Render("layers/batchnorm_config.hbs", new
        {
            configName,
            description = Comment.Text($"{node.Name}: BatchNormalization over {channels} channels"),
            nIn = node.Output.Shape.Size,
            nFilt = channels,
            reuseFactor = node.Hardware.ReuseFactor,
            scaleType,
            biasType,
        });
        var call = ElementwiseCall.Render(context, context.IsStream ? "normalize_stream" : "normalize", configName, scaleVar, biasVar);
        return new LayerCode
        {
            TypeDefinitions = [new TypeDefinition(scaleType, ts), new TypeDefinition(biasType, tb)],
            Config = config,
            Call = call,
            Weights = p is null
                ? [new WeightArray(scaleVar, scaleType, ts, LayerTypes.QuantizeWide(op.Scale.Data, ts)), new WeightArray(biasVar, biasType, tb, LayerTypes.QuantizeWide(op.Shift.Data, tb))]
                : [new WeightArray(scaleVar, scaleType, p.Scale, p.ScaleRaw), new WeightArray(biasVar, biasType, p.Shift, p.ShiftRaw)],
            Includes = [context.IsStream ? "nnet_batchnorm_stream.h" : "nnet_batchnorm.h"],
            SupportsStream = true,
        };
    }
}
