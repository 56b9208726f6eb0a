namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Element-wise merge of two or more equally shaped activation tensors (no broadcasting). The exact result
/// (Average: exact sum times the quantized reciprocal of the count) is stored once into the result type.
/// </summary>
public sealed class ElementwiseOp : Op
{
    public ElementwiseOp(ElementwiseKind operation) => Operation = operation;

    public ElementwiseKind Operation { get; }

    public override string Kind => Operation switch
    {
        ElementwiseKind.Sub => "Subtract",
        ElementwiseKind.Mul => "Multiply",
        ElementwiseKind.Max => "Maximum",
        ElementwiseKind.Min => "Minimum",
        _ => Operation.ToString(),
    };

    /// <inheritdoc />
    public override OpTraits Traits => new() { LayerTypeKeys = [Kind], ChannelsLast = ChannelsLastRole.Merge };

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        if (inputs.Count < 2) throw new GraphException($"{Kind} expects at least 2 inputs, got {inputs.Count}");
        if (Operation == ElementwiseKind.Sub && inputs.Count != 2) throw new GraphException($"Subtract expects exactly 2 inputs, got {inputs.Count}");
        if (inputs.Any(s => !s.Equals(inputs[0])))
        {
            throw new GraphException($"{Kind} needs equal input shapes, got {string.Join(", ", inputs)}");
        }
        return inputs[0];
    }
}
