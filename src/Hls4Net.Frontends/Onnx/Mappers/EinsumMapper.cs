using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// ONNX Einsum for the matrix-product equations attention blocks use. Two activations: the first letter of every
/// term is the batch axis, the rest a matrix product with either operand possibly transposed
/// (<c>bij,bjk-&gt;bik</c>, <c>bij,bkj-&gt;bik</c>, <c>bji,bjk-&gt;bik</c>, ...), a <see cref="DotOp"/>. An activation and a
/// constant 2-D matrix: <c>ij,jk-&gt;ik</c> (or <c>bij,jk-&gt;bik</c>, the matrix possibly transposed), a
/// <see cref="MatMulOp"/> over the last axis. Any other equation is refused naming it and the node.
/// </summary>
internal sealed class EinsumMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Einsum"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly("equation");
        var t = node.Proto.Attribute.FirstOrDefault(a => a.Name == "equation");
        var equation = t is null ? "" : t.S.ToStringUtf8().Replace(" ", "", StringComparison.Ordinal);
        if (node.InputCount != 2) throw Refuse(node, equation);
        var arrow = equation.Split("->");
        if (arrow.Length != 2) throw Refuse(node, equation);
        var terms = arrow[0].Split(',');
        if (terms.Length != 2) throw Refuse(node, equation);
        var (ta, tb, to) = (terms[0], terms[1], arrow[1]);
        var constB = context.TryConstant(node, 1);
        if (constB is not null)
        {
            // x·W with W constant: x's last letter is contracted with one of W's two letters.
            if (tb.Length != 2 || ta.Length < 2 || to.Length != ta.Length || constB.Rank != 2) throw Refuse(node, equation);
            var k = ta[^1];
            var n = tb[0] == k ? tb[1] : tb[1] == k ? tb[0] : '\0';
            if (n == '\0' || to != ta[..^1] + n || ta.Distinct().Count() != ta.Length) throw Refuse(node, equation);
            int rows = (int)constB.Dims[0], cols = (int)constB.Dims[1];
            var w = constB.ToFloats();
            if (tb[1] == k)
            {
                var transposed = new float[w.Length];
                for (var r = 0; r < rows; r++)
                    for (var c = 0; c < cols; c++) transposed[c * rows + r] = w[r * cols + c];
                (w, rows, cols) = (transposed, cols, rows);
            }
            context.AddNode(node, new MatMulOp(new ConstTensor(new Shape(rows, cols), w)), context.Activation(node, 0));
            return;
        }
        if (ta.Length != 3 || tb.Length != 3 || to.Length != 3 || ta[0] != tb[0] || ta[0] != to[0]) throw Refuse(node, equation);
        // ta = b + two of {i, k}, tb = b + two of {k, j}, to = b i j with k the contracted letter.
        var (i, j) = (to[1], to[2]);
        var shared = ta[1..].Intersect(tb[1..]).ToList();
        if (shared.Count != 1 || i == j) throw Refuse(node, equation);
        var kk = shared[0];
        bool transA, transB;
        if (ta[1..] == $"{i}{kk}") transA = false;
        else if (ta[1..] == $"{kk}{i}") transA = true;
        else throw Refuse(node, equation);
        if (tb[1..] == $"{kk}{j}") transB = false;
        else if (tb[1..] == $"{j}{kk}") transB = true;
        else throw Refuse(node, equation);
        var a = context.Activation(node, 0);
        var b = context.Activation(node, 1);
        context.AddNode(node, new DotOp(transA, transB), a, b);
    }

    private static ModelLoadException Refuse(OnnxNode node, string equation) =>
        node.Error($"ONNX Einsum equation '{equation}' is not supported",
            "supported: batched matrix products 'bij,bjk->bik' (either operand's last two letters may be swapped) of two layer tensors, and 'ij,jk->ik' / 'bij,jk->bik' with a constant matrix");
}
