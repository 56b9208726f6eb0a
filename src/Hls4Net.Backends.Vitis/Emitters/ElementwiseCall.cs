namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Renders <c>nnet::function&lt;input_t, result_t, config&gt;(in, out, extra...)</c> (layers/elementwise_call.hbs).</summary>
internal static class ElementwiseCall
{
    public static string Render(LayerEmitContext context, string function, string configName, params string[] extraArgs) =>
        context.Renderer.Render("layers/elementwise_call.hbs", new
        {
            function,
            inputType = context.InputTypeNames[0],
            outputType = context.OutputTypeName,
            configName,
            inputVar = context.InputVars[0],
            outputVar = context.OutputVar,
            extraArgs,
        });
}
