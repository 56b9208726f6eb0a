using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits Add/Subtract/Multiply/Average/Maximum/Minimum of any number of inputs as nnet::merge_* (nnet_merge.h).</summary>
public sealed class ElementwiseEmitter : ILayerEmitter
{
    public Type OpType => typeof(ElementwiseOp);

    public LayerCode Emit(LayerEmitContext context)
    {
        var node = context.Node;
        var op = (ElementwiseOp)node.Op;
        var configName = $"config{context.Index}";
        var function = op.Operation switch
        {
            ElementwiseKind.Add => "merge_add",
            ElementwiseKind.Sub => "merge_subtract",
            ElementwiseKind.Mul => "merge_multiply",
            ElementwiseKind.Average => "merge_average",
            ElementwiseKind.Max => "merge_maximum",
            _ => "merge_minimum",
        };
        var config = context.Renderer.Render("layers/merge_config.hbs", new
        {
            configName,
            description = $"{op.Kind} of {node.Inputs.Count} inputs",
            nElem = node.Output.Shape.Size,
            invType = PoolTypes.InverseType.ToString(),
        });
        var call = context.Renderer.Render("layers/merge_call.hbs", new
        {
            function = context.IsStream ? function + "_stream" : function,
            outputType = context.OutputTypeName,
            configName,
            outputVar = context.OutputVar,
            inputVars = context.InputVars,
        });
        return new LayerCode
        {
            Config = config,
            Call = call,
            Includes = [context.IsStream ? "nnet_merge_stream.h" : "nnet_merge.h"],
            SupportsStream = true,
        };
    }
}
