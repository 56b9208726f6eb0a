namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Table lookup: each input value is an integer index into the rows of <see cref="Table"/> ([vocabulary, dim]); a
/// sample of shape [n] becomes [n, dim] (Keras Embedding, ONNX Gather on a constant table / torch nn.Embedding). An
/// index outside [0, vocabulary) reads row 0 in the emulator and in C++ (docs/sequence-ops.md).
/// </summary>
public sealed class EmbeddingOp : Op
{
    public EmbeddingOp(ConstTensor table)
    {
        if (table.Shape.Rank != 2) throw new GraphException($"Embedding table must be rank 2 [vocabulary, dim], got {table.Shape}");
        Table = table;
    }

    /// <summary>The rows, [vocabulary, dim].</summary>
    public ConstTensor Table { get; }

    /// <summary>Number of rows (valid indices are 0..Vocabulary-1).</summary>
    public int Vocabulary => Table.Shape[0];

    /// <summary>Length of one row.</summary>
    public int Dim => Table.Shape[1];

    public override string Kind => "Embedding";

    private static readonly OpTraits EmbeddingTraits = new()
    {
        LayerTypeKeys = ["Embedding"],
        PrecisionSlots = [PrecisionSlotUse.Weight],
    };

    /// <inheritdoc />
    public override OpTraits Traits => EmbeddingTraits;

    public override int ParameterCount => Table.Size;

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        ShapeRules.ExpectInputs(this, inputs, 1);
        return new Shape(inputs[0].Dims.Append(Dim).ToArray());
    }

    public override string Describe() => $"Embedding({Vocabulary}x{Dim})";
}
