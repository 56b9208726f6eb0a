namespace Hls4Net.Core.Ir.Ops;

/// <summary>Pass-through (ONNX Identity, and Dropout at inference). Removed by a pass.</summary>
public sealed class IdentityOp : Op
{
    public IdentityOp(string origin = "Identity") => Origin = origin;

    /// <summary>The source op name (Identity or Dropout), for messages.</summary>
    public string Origin { get; }

    public override string Kind => "Identity";

    private static readonly OpTraits IdentityTraits = new()
    {
        LayerTypeKeys = ["Identity", "Dropout"],
        ChannelsLast = ChannelsLastRole.ElementwiseUnary,
    };

    /// <inheritdoc />
    public override OpTraits Traits => IdentityTraits;

    public override Shape InferShape(IReadOnlyList<Shape> inputs) => ShapeRules.SameAsSingleInput(this, inputs);

    public override string Describe() => Origin == "Identity" ? Kind : $"Identity({Origin})";
}
