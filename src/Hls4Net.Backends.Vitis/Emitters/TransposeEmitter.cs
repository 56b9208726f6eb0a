using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Emits a Transpose as nnet::transpose (nnet_transpose.h), shape and permutation padded to rank 4; in io_stream as
/// nnet::transpose_stream, which buffers one sample and reuses the same kernel.
/// </summary>
public sealed class TransposeEmitter : LayerEmitter<TransposeOp>
{
    public override LayerCode Emit(LayerEmitContext context, TransposeOp op)
    {
        var node = context.Node;
        var s = node.Inputs[0].Shape;
        if (s.Rank > 4) throw new GraphException($"node '{node.Name}': Transpose of rank {s.Rank} is not supported (at most 4 axes)");
        var lead = 4 - s.Rank;
        var dims = Enumerable.Repeat(1, lead).Concat(s.Dims).ToArray();
        var perm = Enumerable.Range(0, lead).Concat(op.Perm.Select(p => p + lead)).ToArray();
        var configName = $"config{context.Index}";
        var config = context.Renderer.Render("layers/transpose_config.hbs", new
        {
            configName,
            description = op.Describe(),
            d0 = dims[0], d1 = dims[1], d2 = dims[2], d3 = dims[3],
            p0 = perm[0], p1 = perm[1], p2 = perm[2], p3 = perm[3],
        });
        var call = context.Renderer.Render(context.IsStream ? "layers/transpose_stream_call.hbs" : "layers/transpose_call.hbs", new
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
            Includes = [context.IsStream ? "nnet_transpose_stream.h" : "nnet_transpose.h"],
            SupportsStream = true,
        };
    }
}
