using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// MatMul of layer data and a constant 2-D weight, with the constant on either side. x·W (W [nIn, nOut]) is a
/// <see cref="MatMulOp"/> over the last axis (Keras exports: MatMul then Add). W·x with x [N, K] batch-swapped
/// (after a Transpose) is (x·Wᵀ)ᵀ, recorded as batch-swapped; W·x with x [N, K, L] is W applied over the channel
/// axis, as a MatMul by Wᵀ in channels-last transposes.
/// </summary>
internal sealed class MatMulMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["MatMul"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly();
        var left = context.TryConstant(node, 0);
        var right = context.TryConstant(node, 1);
        if (left is not null && right is not null) throw node.Error("MatMul of two constants was not folded");
        if (left is null && right is null)
        {
            // Two activations (attention's Q·Kᵀ, weights·V): a per-sample matrix product.
            var a = context.Activation(node, 0);
            var b = context.Activation(node, 1);
            if (a.Shape.Rank < 2 || a.Shape.Rank != b.Shape.Rank)
            {
                throw node.Error("MatMul of two computed tensors needs per-sample matrices of equal rank ([.., M, K] and [.., K, N])", $"got {a.Shape} and {b.Shape}");
            }
            context.AddNode(node, new DotOp(), a, b);
            return;
        }
        if (right is not null)
        {
            var x = context.Activation(node, 0);
            if (right.Rank != 2) throw node.BadInput(1, $"the weight must be 2-D, got shape {right.ShapeText}");
            context.AddNode(node, new MatMulOp(new ConstTensor(new Shape((int)right.Dims[0], (int)right.Dims[1]), right.ToFloats())), x);
            return;
        }
        var w = left!;
        if (w.Rank != 2) throw node.BadInput(0, $"the weight must be 2-D, got shape {w.ShapeText}");
        var data = context.ActivationAllowingBatchSwap(node, 1, out var swapped);
        int rows = (int)w.Dims[0], cols = (int)w.Dims[1];
        var transposed = new float[w.Size];
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < cols; j++) transposed[j * rows + i] = (float)w.Data[i * cols + j];
        var op = new MatMulOp(new ConstTensor(new Shape(cols, rows), transposed));
        if (swapped && data.Shape.Rank == 1)
        {
            context.SetBatchSwapped(node.OutputName, context.AddNode(node, op, data));
            return;
        }
        if (!swapped && data.Shape.Rank >= 2)
        {
            ChannelsFirst.Wrap(node, context, op, data);
            return;
        }
        throw node.BadInput(1, $"a constant first operand needs data of shape [N, K, ...] or a transposed [K, N], got {data.Shape} per sample");
    }
}
