using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>Concatenate (any non-batch axis) and the element-wise merges Add, Subtract, Multiply, Average, Maximum, Minimum.</summary>
public sealed class MergeLayerMapper : IKerasLayerMapper
{
    public IReadOnlyList<string> ClassNames { get; } = ["Concatenate", "Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum"];

    public bool AcceptsManyInputs => true;

    public Value Map(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context)
    {
        if (inputs.Count < 2) throw context.Error(layer, $"a merge layer needs at least 2 inputs, got {inputs.Count}");
        Op op;
        if (layer.ClassName == "Concatenate")
        {
            var rank = inputs[0].Shape.Rank;
            var axis = (int)layer.Number("axis", -1);
            // Keras counts the batch axis: axis k >= 1 is IR axis k-1; negative axes count from the end.
            var irAxis = axis < 0 ? axis + rank : axis - 1;
            if (irAxis < 0 || irAxis >= rank) throw context.Error(layer, $"axis {axis} is not a feature axis of inputs of rank {rank} (plus batch)");
            op = new ConcatOp(irAxis);
        }
        else
        {
            op = new ElementwiseOp(layer.ClassName switch
            {
                "Add" => ElementwiseKind.Add,
                "Subtract" => ElementwiseKind.Sub,
                "Multiply" => ElementwiseKind.Mul,
                "Average" => ElementwiseKind.Average,
                "Maximum" => ElementwiseKind.Max,
                _ => ElementwiseKind.Min,
            });
        }
        return context.Graph.Add(layer.Name, op, [.. inputs]).Output;
    }
}
