namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Softmax over the last axis (importers reject other axes). With <see cref="Argmax"/> (hls4ml's
/// <c>Implementation: argmax</c>) each row becomes one-hot instead: 1 at the first position of the row's maximum,
/// 0 elsewhere, both converted to the result type as <c>res_T(1)</c> / <c>res_T(0)</c> are.
/// </summary>
public sealed class SoftmaxOp : Op
{
    public SoftmaxOp(bool argmax = false) => Argmax = argmax;

    /// <summary>One-hot of the first maximum per row instead of probabilities.</summary>
    public bool Argmax { get; }

    public override string Kind => "Softmax";

    private static readonly OpTraits SoftmaxTraits = new()
    {
        LayerTypeKeys = ["Softmax"],

        // Softmax derives an exact accumulator unless an explicit 'accum' key asks for another one:
        // a 'default' precision such as ap_fixed<16,6> would truncate every partial sum.
        PrecisionSlots = [new(PrecisionSlot.Accum, ExplicitOnly: true), new(PrecisionSlot.ExpTable), new(PrecisionSlot.InvTable)],
    };

    /// <inheritdoc />
    public override OpTraits Traits => SoftmaxTraits;

    public override Shape InferShape(IReadOnlyList<Shape> inputs) => ShapeRules.SameAsSingleInput(this, inputs);

    public override string Describe() => Argmax ? "Softmax(argmax)" : Kind;
}
