using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Emits a bias layer (<see cref="BiasAddOp"/>) as nnet::normalize (nnet_batchnorm.h) with a unit scale of type
/// <c>ap_ufixed&lt;1,1&gt;</c>: the exact product x·1 is x, so the layer stores x + bias exactly once into its result
/// type, as BiasAddKernel computes. Reusing the batch-norm kernel keeps the set of nnet_utils headers unchanged.
/// </summary>
public sealed class BiasAddEmitter : LayerEmitter<BiasAddOp>
{
    private static readonly FixedType UnitScale = new(1, 1, false);

    private readonly PlanCache _plans = new();

    public override LayerCode Emit(LayerEmitContext context, BiasAddOp op)
    {
        var node = context.Node;
        var p = _plans.Get(node, BiasAddPlan.Create);
        if (node.Inputs[0].Type is { } inputType) CppWidth.CheckBatchNorm(node, inputType, UnitScale, p.Bias);
        var channels = op.Bias.Size;
        var configName = $"config{context.Index}";
        var scaleType = $"{context.Id}_scale_t";
        var biasType = $"{context.Id}_bias_t";
        var scaleVar = $"{context.Id}_scale";
        var biasVar = $"{context.Id}_bias";
        var config = context.Renderer.Render("layers/batchnorm_config.hbs", new
        {
            configName,
            description = Comment.Text($"{node.Name}: BiasAdd over {channels} channels (unit scale)"),
            nIn = node.Output.Shape.Size,
            nFilt = channels,
            reuseFactor = node.Hardware.ReuseFactor,
            scaleType,
            biasType,
        });
        var call = ElementwiseCall.Render(context, context.IsStream ? "normalize_stream" : "normalize", configName, scaleVar, biasVar);
        var ones = Enumerable.Repeat(1L, channels).ToArray();
        return new LayerCode
        {
            TypeDefinitions = [new TypeDefinition(scaleType, UnitScale), new TypeDefinition(biasType, p.Bias)],
            Config = config,
            Call = call,
            Weights =
            [
                new WeightArray(scaleVar, scaleType, UnitScale, ones),
                p.BiasWide is { } wide ? new WeightArray(biasVar, biasType, p.Bias, wide) : new WeightArray(biasVar, biasType, p.Bias, p.BiasRaw),
            ],
            Includes = [context.IsStream ? "nnet_batchnorm_stream.h" : "nnet_batchnorm.h"],
            SupportsStream = true,
        };
    }
}
