using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits UpSampling1D/2D (nearest) as nnet::upsample2d_cl (nnet_upsample.h).</summary>
public sealed class UpsampleEmitter : LayerEmitter<UpsampleOp>
{
    public override LayerCode Emit(LayerEmitContext context, UpsampleOp op)
    {
        var node = context.Node;
        var i = SpatialShape.Of(node, node.Inputs[0].Shape);
        var (sh, sw) = op.Scales.Length == 1 ? (1, op.Scales[0]) : (op.Scales[0], op.Scales[1]);
        var configName = $"config{context.Index}";
        var config = context.Renderer.Render("layers/upsample_config.hbs", new
        {
            configName,
            description = op.Describe(),
            inHeight = i.Height,
            inWidth = i.Width,
            nChan = i.Channels,
            scaleHeight = sh,
            scaleWidth = sw,
        });
        var call = context.IsStream
            ? ElementwiseCall.Render(context, "upsample2d_cl_stream", configName)
            : context.Renderer.Render("layers/upsample_call.hbs", new
        {
            inputType = context.InputTypeNames[0],
            outputType = context.OutputTypeName,
            configName,
            inputVar = context.InputVars[0],
            outputVar = context.OutputVar,
        });
        return new LayerCode
        {
            Config = config,
            Call = call,
            Includes = [context.IsStream ? "nnet_upsample_stream.h" : "nnet_upsample.h"],
            SupportsStream = true,
        };
    }
}
