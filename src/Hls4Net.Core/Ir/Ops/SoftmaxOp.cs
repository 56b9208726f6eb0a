namespace Hls4Net.Core.Ir.Ops;

/// <summary>Softmax over the last axis (importers reject other axes).</summary>
public sealed class SoftmaxOp : Op
{
    public override string Kind => "Softmax";

    public override Shape InferShape(IReadOnlyList<Shape> inputs) => ShapeRules.SameAsSingleInput(this, inputs);
}
