using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Emits a Concatenate as nnet::concatenate (nnet_merge.h). More than two inputs are chained through temporaries of
/// the result type; every value then passes through res_t more than once, which stores the same value, so the bits
/// equal the emulator's single store.
/// </summary>
public sealed class ConcatEmitter : LayerEmitter<ConcatOp>
{
    public override LayerCode Emit(LayerEmitContext context, ConcatOp op)
    {
        var node = context.Node;
        var outShape = node.Output.Shape;
        var outer = 1;
        for (var a = 0; a < op.Axis; a++) outer *= outShape[a];
        var configs = new List<string>();
        var steps = new List<object>();
        var accVar = context.InputVars[0];
        var accType = context.InputTypeNames[0];
        var accBlock = node.Inputs[0].Shape.Size / outer;
        for (var k = 1; k < node.Inputs.Count; k++)
        {
            var block = node.Inputs[k].Shape.Size / outer;
            var configName = node.Inputs.Count == 2 ? $"config{context.Index}" : $"config{context.Index}_{k}";
            configs.Add(context.Renderer.Render("layers/concat_config.hbs", new
            {
                configName,
                description = $"{op.Describe()}, step {k}",
                nOuter = outer,
                nBlock1 = accBlock,
                nBlock2 = block,
            }));
            var last = k == node.Inputs.Count - 1;
            var outVar = last ? context.OutputVar : $"{context.OutputVar}_part{k}";
            // io_stream: a partial result is a FIFO whose element is one row along its own last axis.
            var pack = op.Axis == outShape.Rank - 1 ? accBlock + block : outShape[outShape.Rank - 1];
            var tempType = last ? context.OutputTypeName : $"nnet::array<{context.OutputTypeName}::value_type, {pack}>";
            steps.Add(new
            {
                temp = !last,
                outputType = context.OutputTypeName,
                outVar,
                size = outer * (accBlock + block),
                tempType,
                depth = outer * (accBlock + block) / pack,
                in1Type = accType,
                in2Type = context.InputTypeNames[k],
                configName,
                in1Var = accVar,
                in2Var = context.InputVars[k],
            });
            accVar = outVar;
            accType = context.IsStream ? tempType : context.OutputTypeName;
            accBlock += block;
        }
        var call = context.Renderer.Render(context.IsStream ? "layers/concat_stream_call.hbs" : "layers/concat_call.hbs", new { steps });
        return new LayerCode
        {
            Config = string.Join("\n", configs),
            Call = call.TrimEnd(),
            Includes = [context.IsStream ? "nnet_merge_stream.h" : "nnet_merge.h"],
            SupportsStream = true,
        };
    }
}
