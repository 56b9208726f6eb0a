using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Element-wise Max, Min, Mean and Sum of computed tensors of equal shape (no broadcasting, no constants).
/// Add, Sub and Mul of two computed tensors come here through <see cref="AddMapper"/> and <see cref="ScaleShiftMapper"/>.
/// </summary>
internal sealed class MergeMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Max", "Min", "Mean", "Sum"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        var kind = node.OpType switch
        {
            "Sub" => ElementwiseKind.Sub,
            "Mul" => ElementwiseKind.Mul,
            "Max" => ElementwiseKind.Max,
            "Min" => ElementwiseKind.Min,
            "Mean" => ElementwiseKind.Average,
            _ => ElementwiseKind.Add,
        };
        MapElementwise(node, context, kind);
    }

    /// <summary>Map <paramref name="node"/> as an element-wise merge of all its (computed) inputs.</summary>
    public static void MapElementwise(OnnxNode node, OnnxImportContext context, ElementwiseKind kind)
    {
        node.Attributes.EnsureOnly("broadcast");
        for (var i = 0; i < node.InputCount; i++)
        {
            if (context.TryConstant(node, i) is not null)
            {
                throw node.BadInput(i, $"a constant operand of '{node.OpType}' is not supported (only computed tensors of equal shape)");
            }
        }
        var inputs = Enumerable.Range(0, node.InputCount).Select(i => context.Activation(node, i)).ToArray();
        if (inputs.Length == 1)
        {
            context.AddNode(node, new IdentityOp(node.OpType), inputs);
            return;
        }
        context.AddNode(node, new ElementwiseOp(kind), inputs);
    }
}
