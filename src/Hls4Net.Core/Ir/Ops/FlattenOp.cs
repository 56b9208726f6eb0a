namespace Hls4Net.Core.Ir.Ops;

/// <summary>Flatten all non-batch dimensions into one, in row-major order.</summary>
public sealed class FlattenOp : Op
{
    public override string Kind => "Flatten";

    private static readonly OpTraits FlattenTraits = new()
    {
        LayerTypeKeys = ["Flatten"],
        KeepsInputType = true,
        ChannelsLast = ChannelsLastRole.Flatten,
    };

    /// <inheritdoc />
    public override OpTraits Traits => FlattenTraits;

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        ShapeRules.ExpectInputs(this, inputs, 1);
        return new Shape(inputs[0].Size);
    }
}
