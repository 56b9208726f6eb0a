using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Transpose: of a constant (2-D) it transposes the data; of layer data only the identity permutation and the 2-D
/// batch/feature swap that old Keras converters put around BatchNormalization are supported. The swap adds no node:
/// the tensor is remembered as "batch swapped" and only BatchNormalization, Identity and a second swap may read it.
/// Other permutations that keep the batch axis first become a <see cref="TransposeOp"/>.
/// </summary>
internal sealed class TransposeMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Transpose"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly("perm");
        var perm = node.Attributes.Ints("perm");
        var constant = context.TryConstant(node, 0);
        if (constant is not null)
        {
            context.SetConstant(node.OutputName, TransposeConstant(node, constant, perm));
            return;
        }
        if (MovedBatchLayout.TryTranspose(node, context, perm)) return;
        var x = context.ActivationAllowingBatchSwap(node, 0, out var swapped);
        var rank = x.Shape.Rank + 1;
        perm ??= Enumerable.Range(0, rank).Reverse().Select(i => (long)i).ToArray();
        var permText = "[" + string.Join(",", perm) + "]";
        if (perm.Length != rank) throw node.BadAttribute("perm", permText, $"the input has rank {rank}");
        var identity = perm.Select((p, i) => p == i).All(b => b);
        if (identity)
        {
            var value = context.AddNode(node, new IdentityOp("Transpose"), x);
            if (swapped) context.SetBatchSwapped(node.OutputName, value);
            return;
        }
        if (rank == 2)
        {
            // perm [1,0] on (batch, features): swap now, or swap back a value swapped before.
            if (swapped) context.SetValue(node.OutputName, x);
            else context.SetBatchSwapped(node.OutputName, x);
            return;
        }
        if (swapped || perm[0] != 0) throw node.BadAttribute("perm", permText, "a transpose that moves the batch axis is not supported");
        context.AddNode(node, new TransposeOp(perm.Skip(1).Select(p => (int)p - 1).ToArray()), x);
    }

    private static OnnxConstant TransposeConstant(OnnxNode node, OnnxConstant c, long[]? perm)
    {
        if (c.Rank != 2 || (perm is not null && !(perm.Length == 2 && perm[0] == 1 && perm[1] == 0)))
        {
            throw node.BadInput(0, $"only a 2-D transpose of a constant is supported, got shape {c.ShapeText}");
        }
        int rows = (int)c.Dims[0], cols = (int)c.Dims[1];
        var data = new double[c.Size];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++) data[j * rows + i] = c.Data[i * cols + j];
        }
        return new OnnxConstant(node.OutputName, [cols, rows], data, c.ElementType);
    }
}
