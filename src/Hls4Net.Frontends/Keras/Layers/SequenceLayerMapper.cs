using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>
/// LayerNormalization (axis -1; weights gamma then beta, each present when scale/center), Embedding
/// (input_dim × output_dim 'embeddings' table) and Dot (axes on 2-D or 3-D inputs, no normalize) layers.
/// </summary>
public sealed class SequenceLayerMapper : IKerasLayerMapper
{
    public IReadOnlyList<string> ClassNames { get; } = ["LayerNormalization", "Embedding", "Dot"];

    public bool AcceptsManyInputs => true;

    public Value Map(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context) => layer.ClassName switch
    {
        "LayerNormalization" => LayerNorm(layer, Single(layer, inputs, context), context),
        "Embedding" => Embedding(layer, Single(layer, inputs, context), context),
        _ => Dot(layer, inputs, context),
    };

    private static Value Single(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context) =>
        inputs.Count == 1 ? inputs[0] : throw context.Error(layer, $"expects one input, got {inputs.Count}");

    private static Value LayerNorm(KerasLayer layer, Value input, KerasImportContext context)
    {
        var rank = input.Shape.Rank;
        var axes = layer.Ints("axis") ?? [(int)layer.Number("axis", -1)];
        if (axes.Length != 1 || (axes[0] != -1 && axes[0] != rank))
        {
            throw context.Error(layer, $"layer normalization over axis [{string.Join(",", axes)}] is not supported (only the last axis, {rank} or -1)");
        }
        var n = input.Shape.Dims[^1];
        var weights = context.Weights.For(layer.Name);
        bool scale = layer.Bool("scale", true), center = layer.Bool("center", true);
        var position = 0;
        var gamma = scale ? context.Weight(layer, weights, "gamma", position++).Data : Enumerable.Repeat(1f, n).ToArray();
        var beta = center ? context.Weight(layer, weights, "beta", position).Data : new float[n];
        if (gamma.Length != n || beta.Length != n) throw context.Error(layer, $"gamma/beta do not match the {n} values of the last axis");
        var op = new LayerNormOp(new ConstTensor(new Shape(n), gamma), new ConstTensor(new Shape(n), beta), layer.Number("epsilon", 1e-3));
        return context.Graph.Add(layer.Name, op, input).Output;
    }

    private static Value Embedding(KerasLayer layer, Value input, KerasImportContext context)
    {
        int vocab = (int)layer.Number("input_dim", 0), dim = (int)layer.Number("output_dim", 0);
        if (layer.Bool("mask_zero", false)) throw context.Error(layer, "Embedding with mask_zero is not supported");
        var table = context.Weight(layer, context.Weights.For(layer.Name), "embeddings", 0);
        if (table.Data.Length != vocab * dim || vocab <= 0) throw context.Error(layer, $"the embeddings table has {table.Data.Length} values, expected input_dim {vocab} × output_dim {dim}");
        return context.Graph.Add(layer.Name, new EmbeddingOp(new ConstTensor(new Shape(vocab, dim), table.Data)), input).Output;
    }

    private static Value Dot(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context)
    {
        if (inputs.Count != 2) throw context.Error(layer, $"Dot needs 2 inputs, got {inputs.Count}");
        if (layer.Bool("normalize", false)) throw context.Error(layer, "Dot with normalize=True is not supported");
        var (a, b) = (inputs[0], inputs[1]);
        var axes = layer.Ints("axes") ?? [(int)layer.Number("axes", -1)];
        if (axes.Length == 1) axes = [axes[0], axes[0]];
        // Keras axes count the batch axis; negative ones count from the end.
        int Sample(int axis, Value v) => axis < 0 ? axis + v.Shape.Rank : axis - 1;
        int ka = Sample(axes[0], a), kb = Sample(axes[1], b);
        var rank = a.Shape.Rank;
        if (rank == 1 && b.Shape.Rank == 1 && ka == 0 && kb == 0) return context.Graph.Add(layer.Name, new DotOp(), a, b).Output;
        if (rank != 2 || b.Shape.Rank != 2 || ka is < 0 or > 1 || kb is < 0 or > 1)
        {
            throw context.Error(layer, $"Dot over axes [{string.Join(",", axes)}] of {a.Shape} and {b.Shape} is not supported (2-D or 3-D inputs with batch, one contracted axis each)");
        }
        // Output = a's free axis then b's free axis: a contracted on its last axis is A·.., on its first Aᵀ·..;
        // b contracted on its first axis is ..·B, on its last ..·Bᵀ.
        return context.Graph.Add(layer.Name, new DotOp(transposeA: ka == 0, transposeB: kb == 1), a, b).Output;
    }
}
