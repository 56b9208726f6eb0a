using System.Numerics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Lowering;

namespace Hls4Net.Emulation.Wide;

/// <summary>
/// The wide path of <see cref="BatchNormKernel"/>: <c>res = x*scale[c] + shift[c]</c>, exact in BigInteger arithmetic,
/// stored once into res_t, for a wide input, scale, shift or result type or an exact value beyond Int128.
/// </summary>
public static class WideBatchNorm
{
    /// <summary>True when the node needs the wide path (scale and shift types must be set; otherwise the fast path reports it).</summary>
    public static bool Needed(Node node, FixedType input)
    {
        if (node.Output.Type is not { } r || node.Precision.Weight is not { } s || node.Precision.Bias is not { } b) return false;
        if (LayerTypes.AnyWide(input, r, s, b)) return true;
        return FixedType.AddResult(FixedType.MulResult(input, s), b).Width > WideRaw.FastExactWidth;
    }

    public static FixedTensor Run(Node node, FixedTensor input, OverflowCounter overflow)
    {
        var op = (BatchNormOp)node.Op;
        FixedType tr = node.Output.Type!, ts = node.Precision.Weight!, tb = node.Precision.Bias!, tx = input.Type;
        CppWidth.CheckBatchNorm(node, tx, ts, tb);
        var scale = LayerTypes.QuantizeWide(op.Scale.Data, ts);
        var shift = LayerTypes.QuantizeWide(op.Shift.Data, tb);
        int pf = tx.FracBits + ts.FracBits, f = Math.Max(pf, tb.FracBits), sp = f - pf, sb = f - tb.FracBits;
        var codes = new BigInteger[input.Length];
        long overflows = 0;
        for (int i = 0, c = 0; i < codes.Length; i++)
        {
            codes[i] = FixedMath.Convert(((input.At(i) * scale[c]) << sp) + (shift[c] << sb), f, tr, out var o);
            if (o) overflows++;
            if (++c == scale.Length) c = 0;
        }
        overflow.Add(codes.Length, overflows);
        return WideRaw.Tensor(tr, node.Output.Shape, input.Batch, codes);
    }
}
