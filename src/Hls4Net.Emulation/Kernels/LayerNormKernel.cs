using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// LayerNormalization over the last axis as nnet::layernorm in nnet_layernorm.h, row by row (docs/sequence-ops.md):
/// sum, mean = sum·(1/n), d = x - mean, sum of squares, var = sq·(1/n), every one stored into accum_t; the inverse
/// square root from the table over var's mantissa times 2^-h; norm = d·T·2^-h stored into accum_t; then
/// norm·gamma + beta exact, stored into the result type.
/// </summary>
public sealed class LayerNormKernel : Kernel<LayerNormOp>
{
    private readonly PlanCache _plans = new();

    public override FixedTensor Run(Node node, LayerNormOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var input = inputs[0];
        var tr = LayerTypes.Result(node);
        var plan = _plans.Get(node, LayerTypes.Fast(node, input.Type, "input"), LayerNormPlan.Create);
        var raw = new long[input.Raw.Length];
        var d = new long[plan.Length];
        for (var start = 0; start < raw.Length; start += plan.Length)
        {
            Row(plan, input.Raw.AsSpan(start, plan.Length), raw.AsSpan(start, plan.Length), d, tr, overflow);
        }
        return new FixedTensor(tr, node.Output.Shape, input.Batch, raw);
    }

    private static void Row(LayerNormPlan p, ReadOnlySpan<long> x, Span<long> res, long[] d, FixedType tr, OverflowCounter overflow)
    {
        var ta = p.Accum;
        int fa = ta.FracBits, n = x.Length;
        long sum = 0;
        for (var i = 0; i < n; i++) sum = Store(FixedArith.Add(sum, ta, x[i], p.Input), Math.Max(fa, p.Input.FracBits), ta, overflow);
        var mean = Store((Int128)sum * p.InvNRaw, fa + LayerNormPlan.InvNFrac, ta, overflow);
        for (var i = 0; i < n; i++) d[i] = Store(FixedArith.Sub(x[i], p.Input, mean, ta), Math.Max(fa, p.Input.FracBits), ta, overflow);
        long sq = 0;
        int sqFrac = Math.Max(fa, 2 * fa);
        for (var i = 0; i < n; i++)
        {
            var exact = ((Int128)sq << (sqFrac - fa)) + (((Int128)d[i] * d[i]) << (sqFrac - 2 * fa));
            sq = Store(exact, sqFrac, ta, overflow);
        }
        var variance = Store((Int128)sq * p.InvNRaw, fa + LayerNormPlan.InvNFrac, ta, overflow);

        // The inverse square root: v = max(var, 0) + eps (at least 1 LSB) = 2^(e - F) · (1 + m/2^K + ...).
        var v = Math.Max(variance, 0) + p.EpsRaw;
        if (v < 1) v = 1;
        var e = 63 - System.Numerics.BitOperations.LeadingZeroCount((ulong)v);
        int k = p.MantissaBits;
        var mm = e >= k ? v >> (e - k) : v << (k - e);
        var m = (int)(mm - (1L << k));
        var t = e - fa;
        var parity = t & 1;
        var h = (t - parity) / 2;
        var table = p.TableRaw[(parity << k) + m];

        int f = p.OutFrac, fn = fa + p.Gamma.FracBits;
        for (var i = 0; i < n; i++)
        {
            var norm = Store(((Int128)d[i] * table) << (p.HMax - h), p.WideFrac, ta, overflow);
            var total = (((Int128)norm * p.GammaRaw[i]) << (f - fn)) + ((Int128)p.BetaRaw[i] << (f - p.Beta.FracBits));
            res[i] = Store(total, f, tr, overflow);
        }
    }

    private static long Store(Int128 exact, int frac, FixedType to, OverflowCounter overflow)
    {
        var r = FixedMath.Convert(exact, frac, to, out var o);
        overflow.Record(o);
        return r;
    }
}
