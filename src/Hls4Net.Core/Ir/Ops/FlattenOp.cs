namespace Hls4Net.Core.Ir.Ops;

/// <summary>Flatten all non-batch dimensions into one, in row-major order.</summary>
public sealed class FlattenOp : Op
{
    public override string Kind => "Flatten";

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        ShapeRules.ExpectInputs(this, inputs, 1);
        return new Shape(inputs[0].Size);
    }
}
