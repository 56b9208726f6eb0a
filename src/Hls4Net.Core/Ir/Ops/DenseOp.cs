namespace Hls4Net.Core.Ir.Ops;

/// <summary>y = x·W + b on the last axis. Weights are [nIn, nOut] row-major (w[i*nOut+j]), bias is [nOut].</summary>
public sealed class DenseOp : Op, IReorderableFlatInput
{
    public DenseOp(ConstTensor weights, ConstTensor bias)
    {
        if (weights.Shape.Rank != 2) throw new GraphException($"Dense weights must be rank 2, got {weights.Shape}");
        if (bias.Shape.Rank != 1 || bias.Size != weights.Shape[1])
        {
            throw new GraphException($"Dense bias shape {bias.Shape} does not match weights {weights.Shape}");
        }
        Weights = weights;
        Bias = bias;
    }

    public ConstTensor Weights { get; }

    public ConstTensor Bias { get; }

    public int InputSize => Weights.Shape[0];

    public int OutputSize => Weights.Shape[1];

    public override string Kind => "Dense";

    private static readonly OpTraits DenseTraits = new()
    {
        LayerTypeKeys = ["Dense", "QDense"],
        PrecisionSlots = PrecisionSlotUse.WeightBiasAccum,
    };

    /// <inheritdoc />
    public override OpTraits Traits => DenseTraits;

    public override int ParameterCount => Weights.Size + Bias.Size;

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        ShapeRules.ExpectInputs(this, inputs, 1);
        var s = inputs[0];
        if (s.Dims[^1] != InputSize) throw new GraphException($"Dense expects last dimension {InputSize}, got input shape {s}");
        return new Shape(s.Dims.SetItem(s.Rank - 1, OutputSize));
    }

    public override string Describe() => $"Dense({InputSize}->{OutputSize})";

    /// <summary>Permutes the weight rows: row s of the new weights is row <paramref name="rowOf"/>[s] of these.</summary>
    public Op WithInputElementsReordered(IReadOnlyList<int> rowOf)
    {
        var nOut = OutputSize;
        var w = new float[Weights.Size];
        for (var s = 0; s < rowOf.Count; s++) Array.Copy(Weights.Data, rowOf[s] * nOut, w, s * nOut, nOut);
        return new DenseOp(new ConstTensor(Weights.Shape, w), Bias);
    }
}
