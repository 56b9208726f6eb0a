using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits Embedding as nnet::embedding (nnet_embedding.h) with the emulator's quantized table, io_parallel.</summary>
public sealed class EmbeddingEmitter : LayerEmitter<EmbeddingOp>
{
    private readonly PlanCache _plans = new();

    public override LayerCode Emit(LayerEmitContext context, EmbeddingOp op)
    {
        var node = context.Node;
        var input = node.Inputs[0].Type ?? throw new GraphException($"node '{node.Name}': input type not assigned");
        var tw = LayerTypes.Required(node, node.Precision.Weight, "weight (table)");
        var table = _plans.Get(node, n => LayerTypes.Quantize(op.Table.Data, tw));
        var configName = $"config{context.Index}";
        var weightType = $"{context.Id}_weight_t";
        var tableVar = $"{context.Id}_table";
        var config = context.Renderer.Render("layers/embedding_config.hbs", new
        {
            configName,
            description = Comment.Text($"{node.Name}: Embedding of {op.Vocabulary} rows of {op.Dim}"),
            nIn = node.Inputs[0].Shape.Size,
            vocab = op.Vocabulary,
            dim = op.Dim,
            inFrac = input.FracBits,
            weightType,
        });
        return new LayerCode
        {
            TypeDefinitions = [new TypeDefinition(weightType, tw)],
            Config = config,
            Call = ElementwiseCall.Render(context, "embedding", configName, tableVar),
            Weights = [new WeightArray(tableVar, weightType, tw, table)],
            Includes = ["nnet_embedding.h"],
            SupportsStream = false,
        };
    }
}
