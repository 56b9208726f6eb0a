using System.Numerics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Wide;

/// <summary>
/// The wide path of <see cref="DenseKernel"/>, for layers whose input, weight, bias, accum or result type is wider than
/// 64-bit raw codes, or whose exact accumulation needs more than Int128 gives. Same order and stores as the fast path:
/// per output j, <c>acc = bias[j]</c> (one store), then for i in order, skipping exact zeros, <c>acc += x[i]*w[i*nOut+j]</c>
/// with an exact BigInteger product and sum and one store into accum_t, then one store into res_t. Under hls4ml semantics
/// (<see cref="ProductStore"/>) the product is stored into accum_t before it is added (two stores per addition).
/// </summary>
public static class WideDense
{
    /// <summary>True when <paramref name="node"/> needs the wide path (all its types must be set; otherwise the fast path reports what is missing).</summary>
    public static bool Needed(Node node, FixedType input)
    {
        var p = node.Precision;
        if (node.Output.Type is not { } r || p.Weight is not { } w || p.Bias is not { } b || p.Accum is not { } a) return false;
        if (LayerTypes.AnyWide(input, r, w, b, a)) return true;
        return FixedType.AddResult(a, FixedType.MulResult(input, w)).Width > WideRaw.FastExactWidth;
    }

    public static FixedTensor Run(Node node, FixedTensor input, OverflowCounter overflow)
    {
        var op = (DenseOp)node.Op;
        var p = node.Precision;
        FixedType tr = node.Output.Type!, tw = p.Weight!, tb = p.Bias!, ta = p.Accum!;
        CppWidth.CheckDense(node, input.Type, tw, ta);
        var weights = LayerTypes.QuantizeWide(op.Weights.Data, tw);
        var bias = LayerTypes.QuantizeWide(op.Bias.Data, tb);
        var product = FixedType.MulResult(input.Type, tw);
        var sum = FixedType.AddResult(ta, product);
        int accShift = sum.FracBits - ta.FracBits, productShift = sum.FracBits - product.FracBits;
        int nIn = op.InputSize, nOut = op.OutputSize;
        int rows = input.Length / nIn;
        var output = new BigInteger[rows * nOut];
        var acc = new BigInteger[nOut];
        long stores = 0, overflows = 0;
        bool o, storeProducts = ProductStore.Applies(node);
        for (var r = 0; r < rows; r++)
        {
            for (var j = 0; j < nOut; j++)
            {
                acc[j] = FixedMath.Convert(bias[j], tb.FracBits, ta, out o);
                if (o) overflows++;
            }
            stores += nOut;
            for (var i = 0; i < nIn; i++)
            {
                var xi = input.At(r * nIn + i);
                if (xi.IsZero) continue;
                for (var j = 0; j < nOut; j++)
                {
                    var wij = weights[i * nOut + j];
                    if (wij.IsZero) continue;
                    if (storeProducts)
                    {
                        var stored = FixedMath.Convert((xi * wij) << productShift, sum.FracBits, ta, out o);
                        stores++;
                        if (o) overflows++;
                        acc[j] = FixedMath.Convert(acc[j] + stored, ta.FracBits, ta, out o);
                    }
                    else
                    {
                        acc[j] = FixedMath.Convert((acc[j] << accShift) + ((xi * wij) << productShift), sum.FracBits, ta, out o);
                    }
                    stores++;
                    if (o) overflows++;
                }
            }
            for (var j = 0; j < nOut; j++)
            {
                output[r * nOut + j] = FixedMath.Convert(acc[j], ta.FracBits, tr, out o);
                if (o) overflows++;
            }
            stores += nOut;
        }
        overflow.Add(stores, overflows);
        return WideRaw.Tensor(tr, node.Output.Shape, input.Batch, output);
    }
}
