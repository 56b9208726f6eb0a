using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Gemm: Y = alpha·A'·B' + beta·C with A the batch input and B, C constants. alpha, beta and transB are
/// folded into a <see cref="DenseOp"/> with weights [nIn, nOut] and bias [nOut].
/// </summary>
internal sealed class GemmMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Gemm"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        var attrs = node.Attributes;
        attrs.EnsureOnly("alpha", "beta", "transA", "transB", "broadcast");
        var alpha = attrs.Float("alpha", 1.0);
        var beta = attrs.Float("beta", 1.0);
        var transA = attrs.Int("transA", 0);
        var transB = attrs.Int("transB", 0);
        if (transA != 0)
        {
            throw node.BadAttribute("transA", transA, "the first input is the batch of samples and cannot be transposed");
        }
        if (context.IsConstant(node.InputName(0) ?? "") && !context.IsConstant(node.InputName(1) ?? ""))
        {
            throw node.BadInput(0, "Gemm with a constant first input and a computed second input is not supported");
        }
        var x = context.Activation(node, 0);
        if (x.Shape.Rank != 1) throw node.BadInput(0, $"Gemm needs a 2-D input (batch, features), got {x.Shape} per sample");

        var b = context.RequireConstant(node, 1, "weight B");
        if (b.Rank != 2) throw node.BadInput(1, $"the weight must be 2-D, got shape {b.ShapeText}");
        var nIn = (int)(transB == 0 ? b.Dims[0] : b.Dims[1]);
        var nOut = (int)(transB == 0 ? b.Dims[1] : b.Dims[0]);
        if (nIn != x.Shape[0]) throw node.BadInput(1, $"weight shape {b.ShapeText} (transB={transB}) does not take {x.Shape[0]} inputs");

        var w = new float[nIn * nOut];
        for (var i = 0; i < nIn; i++)
        {
            for (var j = 0; j < nOut; j++)
            {
                var bij = transB == 0 ? b.Data[i * nOut + j] : b.Data[j * nIn + i];
                w[i * nOut + j] = (float)(alpha * bij);
            }
        }
        var bias = new float[nOut];
        var c = node.InputName(2) is null ? null : context.RequireConstant(node, 2, "bias C");
        if (c is not null)
        {
            var perColumn = c.Size == nOut && c.Dims.Take(Math.Max(0, c.Rank - 1)).All(d => d == 1);
            if (c.Size != 1 && !perColumn)
            {
                throw node.BadInput(2, $"bias shape {c.ShapeText} must broadcast to one value per output ({nOut})");
            }
            for (var j = 0; j < nOut; j++) bias[j] = (float)(beta * c.Data[c.Size == 1 ? 0 : j]);
        }
        context.AddNode(node, new DenseOp(new ConstTensor(new Shape(nIn, nOut), w), new ConstTensor(new Shape(nOut), bias)), x);
    }
}
