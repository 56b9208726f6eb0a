namespace Hls4Net.Core.Ir.Ops;

/// <summary>Reinterpret the (row-major) elements with a new non-batch shape.</summary>
public sealed class ReshapeOp : Op
{
    public ReshapeOp(Shape target) => Target = target;

    public Shape Target { get; }

    public override string Kind => "Reshape";

    private static readonly OpTraits ReshapeTraits = new()
    {
        LayerTypeKeys = ["Reshape"],
        KeepsInputType = true,
    };

    /// <inheritdoc />
    public override OpTraits Traits => ReshapeTraits;

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        ShapeRules.ExpectInputs(this, inputs, 1);
        if (inputs[0].Size != Target.Size) throw new GraphException($"cannot reshape {inputs[0]} to {Target}");
        return Target;
    }

    public override string Describe() => $"Reshape({Target})";
}
