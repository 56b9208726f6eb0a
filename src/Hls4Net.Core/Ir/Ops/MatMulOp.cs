namespace Hls4Net.Core.Ir.Ops;

/// <summary>y = x·W with a constant [nIn, nOut] weight (ONNX MatMul before it is folded into Dense).</summary>
public sealed class MatMulOp : Op
{
    public MatMulOp(ConstTensor weights)
    {
        if (weights.Shape.Rank != 2) throw new GraphException($"MatMul weight must be rank 2, got {weights.Shape}");
        Weights = weights;
    }

    public ConstTensor Weights { get; }

    public override string Kind => "MatMul";

    private static readonly OpTraits MatMulTraits = new()
    {
        LayerTypeKeys = ["MatMul"],
    };

    /// <inheritdoc />
    public override OpTraits Traits => MatMulTraits;

    public override int ParameterCount => Weights.Size;

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        ShapeRules.ExpectInputs(this, inputs, 1);
        var s = inputs[0];
        if (s.Dims[^1] != Weights.Shape[0]) throw new GraphException($"MatMul expects last dimension {Weights.Shape[0]}, got input shape {s}");
        return new Shape(s.Dims.SetItem(s.Rank - 1, Weights.Shape[1]));
    }

    public override string Describe() => $"MatMul({Weights.Shape[0]}->{Weights.Shape[1]})";
}
