namespace Hls4Net.Core.Ir.Ops;

/// <summary>Parametric ReLU: y = x if x &gt; 0 else alpha[c]·x, alpha broadcast over the last axis (or one value).</summary>
public sealed class PReluOp : Op
{
    public PReluOp(ConstTensor alpha) => Alpha = alpha;

    public ConstTensor Alpha { get; }

    public override string Kind => "PReLU";

    /// <inheritdoc />
    public override OpTraits Traits => new()
    {
        LayerTypeKeys = ["PReLU"],
        PrecisionSlots = [PrecisionSlotUse.Weight],

        // One slope for every element is element-wise; a slope per channel is tied to the layout.
        ChannelsLast = Alpha.Size == 1 ? ChannelsLastRole.ElementwiseUnary : ChannelsLastRole.Opaque,
    };

    public override int ParameterCount => Alpha.Size;

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        var s = ShapeRules.SameAsSingleInput(this, inputs);
        if (Alpha.Size != 1 && Alpha.Size != s.Dims[^1] && Alpha.Size != s.Size)
        {
            throw new GraphException($"PReLU slope of {Alpha.Size} values does not broadcast to input shape {s}");
        }
        return s;
    }
}
