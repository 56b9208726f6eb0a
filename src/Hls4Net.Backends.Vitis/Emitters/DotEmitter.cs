using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits a product of two activations as nnet::dot (nnet_dot.h), io_parallel.</summary>
public sealed class DotEmitter : LayerEmitter<DotOp>
{
    public override LayerCode Emit(LayerEmitContext context, DotOp op)
    {
        var node = context.Node;
        var accum = node.Precision.Accum ?? throw new GraphException($"node '{node.Name}' (Dot): accum precision not assigned");
        var layout = DotLayout.For(op, node.Inputs[0].Shape, node.Inputs[1].Shape);
        var configName = $"config{context.Index}";
        var accumType = $"{context.Id}_accum_t";
        var config = context.Renderer.Render("layers/dot_config.hbs", new
        {
            configName,
            description = Comment.Text($"{node.Name}: {op.Describe()} of {node.Inputs[0].Shape} and {node.Inputs[1].Shape}"),
            groups = layout.Batches,
            m = layout.M,
            k = layout.K,
            n = layout.N,
            transposeA = layout.TransposeA ? "true" : "false",
            transposeB = layout.TransposeB ? "true" : "false",
            accumType,
        });
        var call = context.Renderer.Render("layers/dot_call.hbs", new
        {
            aType = context.InputTypeNames[0],
            bType = context.InputTypeNames[1],
            outputType = context.OutputTypeName,
            configName,
            aVar = context.InputVars[0],
            bVar = context.InputVars[1],
            outputVar = context.OutputVar,
        });
        return new LayerCode
        {
            TypeDefinitions = [new TypeDefinition(accumType, accum)],
            Config = config,
            Call = call,
            Includes = ["nnet_dot.h"],
            SupportsStream = false,
        };
    }
}
