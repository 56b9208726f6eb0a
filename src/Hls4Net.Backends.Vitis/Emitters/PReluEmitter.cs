using Hls4Net.Backends.Vitis.Project;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits PReLU as nnet::prelu (nnet_activation.h) with the emulator's raw slopes.</summary>
public sealed class PReluEmitter : ILayerEmitter
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(PReluOp);

    public LayerCode Emit(LayerEmitContext context)
    {
        var node = context.Node;
        var p = _plans.Get(node, PReluPlan.Create);
        var configName = $"config{context.Index}";
        var paramType = $"{context.Id}_param_t";
        var alphaVar = $"{context.Id}_alpha";
        var config = context.Renderer.Render("layers/prelu_config.hbs", new
        {
            configName,
            description = Comment.Text($"{node.Name}: PReLU with {p.AlphaRaw.Length} slope(s)"),
            nIn = node.Output.Shape.Size,
            nAlpha = p.AlphaRaw.Length,
            paramType,
        });
        return new LayerCode
        {
            TypeDefinitions = [new TypeDefinition(paramType, p.AlphaType)],
            Config = config,
            Call = ElementwiseCall.Render(context, context.IsStream ? "prelu_stream" : "prelu", configName, alphaVar),
            Weights = [new WeightArray(alphaVar, paramType, p.AlphaType, p.AlphaRaw)],
            Includes = [context.IsStream ? "nnet_activation_stream.h" : "nnet_activation.h"],
            SupportsStream = true,
        };
    }
}
