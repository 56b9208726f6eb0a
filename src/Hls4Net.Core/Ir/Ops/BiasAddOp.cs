namespace Hls4Net.Core.Ir.Ops;

/// <summary>y = x + b with a constant bias broadcast along the last axis.</summary>
public sealed class BiasAddOp : Op
{
    public BiasAddOp(ConstTensor bias)
    {
        if (bias.Shape.Rank != 1) throw new GraphException($"bias must be rank 1, got {bias.Shape}");
        Bias = bias;
    }

    public ConstTensor Bias { get; }

    public override string Kind => "BiasAdd";

    private static readonly OpTraits BiasAddTraits = new()
    {
        LayerTypeKeys = ["BiasAdd"],
        // The bias layer hls4ml semantics make of an ONNX Add (SplitBiasPass): the bias in its own bias type.
        PrecisionSlots = [new PrecisionSlotUse(PrecisionSlot.Bias, ImportHints.BiasType)],
    };

    /// <inheritdoc />
    public override OpTraits Traits => BiasAddTraits;

    public override int ParameterCount => Bias.Size;

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        ShapeRules.ExpectInputs(this, inputs, 1);
        if (inputs[0].Dims[^1] != Bias.Size) throw new GraphException($"bias of size {Bias.Size} does not fit input shape {inputs[0]}");
        return inputs[0];
    }
}
