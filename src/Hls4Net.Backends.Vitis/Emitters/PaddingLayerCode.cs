namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Shared code of the zero-padding and cropping emitters (padding_config.hbs / padding_call.hbs).</summary>
public static class PaddingLayerCode
{
    public static LayerCode Emit(LayerEmitContext context, string function, string prefix, (int Top, int Left) offset)
    {
        var node = context.Node;
        var i = SpatialShape.Of(node, node.Inputs[0].Shape);
        var o = SpatialShape.Of(node, node.Output.Shape);
        var configName = $"config{context.Index}";
        var config = context.Renderer.Render("layers/padding_config.hbs", new
        {
            configName,
            description = node.Op.Describe(),
            inHeight = i.Height,
            inWidth = i.Width,
            nChan = i.Channels,
            outHeight = o.Height,
            outWidth = o.Width,
            prefix,
            top = offset.Top,
            left = offset.Left,
        });
        var call = context.Renderer.Render("layers/padding_call.hbs", new
        {
            function = context.IsStream ? function + "_stream" : function,
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
            Includes = [context.IsStream ? "nnet_padding_stream.h" : "nnet_padding.h"],
            SupportsStream = true,
        };
    }
}
