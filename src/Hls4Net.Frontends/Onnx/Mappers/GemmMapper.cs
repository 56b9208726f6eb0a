using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Gemm: Y = alpha·A'·B' + beta·C (A' = Aᵀ when transA, B' = Bᵀ when transB) with one operand layer data and the
/// other a constant, for every transA/transB/alpha/beta. Layer data [N, K] whose batch is the rows of A' gives a
/// <see cref="DenseOp"/> with weights alpha·B' and bias beta·C. When the batch is the columns of B' (constant A,
/// or layer data transposed), Y is computed transposed, Yᵀ = x·(alpha·A')ᵀ + beta·Cᵀ, and recorded as batch-swapped
/// for the Transpose that follows.
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
        var transA = attrs.Int("transA", 0) != 0;
        var transB = attrs.Int("transB", 0) != 0;
        var aConst = context.TryConstant(node, 0);
        var bConst = context.TryConstant(node, 1);
        if (aConst is not null && bConst is not null) throw node.Error("Gemm of two constants is not supported");
        if (aConst is null && bConst is null) throw node.Error("Gemm of two computed tensors is not supported (one operand must be a constant weight)");

        var dataIndex = aConst is null ? 0 : 1;
        var x = context.ActivationAllowingBatchSwap(node, dataIndex, out var swapped);
        if (x.Shape.Rank != 1) throw node.BadInput(dataIndex, $"Gemm needs 2-D data (batch, features), got {x.Shape} per sample");
        var weight = (aConst ?? bConst)!;
        var wIndex = 1 - dataIndex;
        if (weight.Rank != 2) throw node.BadInput(wIndex, $"the weight must be 2-D, got shape {weight.ShapeText}");
        // The data operand as used in the product (after its trans flag and any earlier batch swap) has the batch on
        // its rows unless it was flipped an odd number of times. As A' it must (Y = x·W); as B' it must not (Yᵀ = x·A'ᵀ).
        var dataTransposed = (dataIndex == 0 ? transA : transB) ^ swapped;
        var batchOnRows = !dataTransposed;
        if (!batchOnRows && dataIndex == 0 || batchOnRows && dataIndex == 1)
        {
            throw node.BadInput(dataIndex, "the batch axis would be summed over by this Gemm (transA/transB do not fit data of shape [N, features])");
        }
        var nIn = x.Shape[0];
        // Dense weights [nIn, nOut] such that out[n, o] = Σ_i x[n, i]·W[i, o].
        var wTransposed = dataIndex == 0 ? transB : !transA;
        var wRows = (int)weight.Dims[0];
        var wCols = (int)weight.Dims[1];
        var rows = wTransposed ? wCols : wRows;
        var nOut = wTransposed ? wRows : wCols;
        if (rows != nIn) throw node.BadInput(wIndex, $"weight shape {weight.ShapeText} (transA={(transA ? 1 : 0)}, transB={(transB ? 1 : 0)}) does not take {nIn} inputs");
        var w = new float[nIn * nOut];
        for (var i = 0; i < nIn; i++)
        {
            for (var j = 0; j < nOut; j++)
            {
                var v = wTransposed ? weight.Data[j * wCols + i] : weight.Data[i * wCols + j];
                w[i * nOut + j] = (float)(alpha * v);
            }
        }
        var bias = new float[nOut];
        var c = node.InputName(2) is null ? null : context.RequireConstant(node, 2, "bias C");
        if (c is not null)
        {
            // C broadcasts to Y; per output feature that is the last axis of Y, or its first when Y is transposed.
            var perOutput = dataIndex == 0
                ? c.Size == nOut && c.Dims.Take(Math.Max(0, c.Rank - 1)).All(d => d == 1)
                : c.Size == nOut && (c.Rank == 2 ? c.Dims[1] == 1 : c.Rank == 1 && nOut == 1);
            if (c.Size != 1 && !perOutput)
            {
                throw node.BadInput(2, $"bias shape {c.ShapeText} must broadcast to one value per output ({nOut})");
            }
            for (var j = 0; j < nOut; j++) bias[j] = (float)(beta * c.Data[c.Size == 1 ? 0 : j]);
        }
        var value = context.AddNode(node, new DenseOp(new ConstTensor(new Shape(nIn, nOut), w), new ConstTensor(new Shape(nOut), bias)), x);
        if (dataIndex == 1) context.SetBatchSwapped(node.OutputName, value);
    }
}
