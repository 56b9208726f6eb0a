using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>One recurrent layer's state and its step function (<see cref="RecurrentKernel{TOp}"/>).</summary>
internal sealed class RecurrentCell
{
    private readonly RecurrentOp _op;
    private readonly RecurrentPlan _p;
    private readonly RecurrentArithmetic _ar;
    private readonly long[] _c;
    private readonly long[] _xa;
    private readonly long[] _ha;
    private readonly long[] _gate;
    private readonly long[] _rh;

    public RecurrentCell(RecurrentOp op, RecurrentPlan plan, RecurrentArithmetic arithmetic)
    {
        _op = op;
        _p = plan;
        _ar = arithmetic;
        var gu = op.Gates * op.Units;
        H = new long[op.Units];
        _c = new long[op.Units];
        _xa = new long[gu];
        _ha = new long[gu];
        _gate = new long[gu];
        _rh = new long[op.Units];
    }

    /// <summary>The hidden state (result_t codes).</summary>
    public long[] H { get; }

    public void Reset()
    {
        Array.Clear(H);
        Array.Clear(_c);
    }

    public void Step(ReadOnlySpan<long> x, FixedType tx)
    {
        int u = _op.Units, gu = _op.Gates * u;
        InputPart(x, tx);
        var gru = _op as GruOp;
        // The state part: all columns, or, for GRU without reset_after, the z and r columns (h̃'s follow the reset gate).
        StatePart(H, _p.Result.FracBits, gru is { ResetAfter: false } ? 2 * u : gu, 0);
        switch (_op)
        {
            case LstmOp: Lstm(u); break;
            case GruOp g: Gru(u, g.ResetAfter); break;
            default: SimpleRnn(u); break;
        }
    }

    private void InputPart(ReadOnlySpan<long> x, FixedType tx)
    {
        var a = _p.Accum;
        int gu = _xa.Length;
        for (var g = 0; g < gu; g++)
        {
            var acc = _ar.Store(_p.BiasRaw[g], _p.Bias.FracBits, a);
            for (var i = 0; i < x.Length; i++) acc = _ar.Mac(acc, a.FracBits, x[i], tx.FracBits, _p.WeightRaw[i * gu + g], _p.Weight.FracBits, a);
            _xa[g] = acc;
        }
    }

    /// <summary>ha[g] for g in [from, from + count): Rb[g] + Σ_k s[k]·U[k][g], s of <paramref name="fs"/> fractional bits.</summary>
    private void StatePart(long[] s, int fs, int count, int from)
    {
        var a = _p.Accum;
        int gu = _xa.Length;
        for (var g = from; g < from + count; g++)
        {
            var acc = _ar.Store(_p.RecurrentBiasRaw[g], _p.RecurrentBias.FracBits, a);
            for (var k = 0; k < s.Length; k++) acc = _ar.Mac(acc, a.FracBits, s[k], fs, _p.RecurrentWeightRaw[k * gu + g], _p.RecurrentWeight.FracBits, a);
            _ha[g] = acc;
        }
    }

    private long Pre(int g) => _ar.Add(_xa[g], _p.Accum.FracBits, _ha[g], _p.Accum.FracBits, _p.Accum);

    private long Activate(RecurrentActivation act, long raw)
    {
        var v = act.Apply(raw, _p.Accum, out var o);
        _ar.Count(o);
        return v;
    }

    private void SimpleRnn(int u)
    {
        for (var j = 0; j < u; j++)
        {
            var v = Activate(_p.Activation, Pre(j));
            H[j] = _ar.Store(v, _p.Accum.FracBits, _p.Result);
        }
    }

    private void Lstm(int u)
    {
        var a = _p.Accum;
        int fa = a.FracBits, fr = _p.Result.FracBits;
        for (var g = 0; g < 4 * u; g++)
        {
            var act = g / u == 2 ? _p.Activation : _p.RecurrentActivationOfGates;
            _gate[g] = Activate(act, Pre(g));
        }
        for (var j = 0; j < u; j++)
        {
            var fc = _ar.Mul(_gate[u + j], fa, _c[j], fr, a);
            var ic = _ar.Mul(_gate[j], fa, _gate[2 * u + j], fa, a);
            _c[j] = _ar.Add(fc, fa, ic, fa, _p.Result);
            var tc = _p.CellActivation!.Apply(_c[j], a, out var o);
            _ar.Count(o);
            H[j] = _ar.Mul(_gate[3 * u + j], fa, tc, fa, _p.Result);
        }
    }

    private void Gru(int u, bool resetAfter)
    {
        var a = _p.Accum;
        int fa = a.FracBits, fr = _p.Result.FracBits;
        for (var g = 0; g < 2 * u; g++) _gate[g] = Activate(_p.RecurrentActivationOfGates, Pre(g));
        if (!resetAfter)
        {
            for (var k = 0; k < u; k++) _rh[k] = _ar.Mul(_gate[u + k], fa, H[k], fr, a);
            StatePart(_rh, fa, u, 2 * u);
        }
        for (var j = 0; j < u; j++)
        {
            var g = 2 * u + j;
            var pre = resetAfter
                ? _ar.Add(_xa[g], fa, _ar.Mul(_gate[u + j], fa, _ha[g], fa, a), fa, a)
                : Pre(g);
            _gate[g] = Activate(_p.Activation, pre);
        }
        for (var j = 0; j < u; j++)
        {
            var z = _gate[j];
            var zh = _ar.Mul(z, fa, H[j], fr, a);
            var omz = _ar.Add(_p.OneRaw, fa, -z, fa, a);
            var zc = _ar.Mul(omz, fa, _gate[2 * u + j], fa, a);
            H[j] = _ar.Add(zh, fa, zc, fa, _p.Result);
        }
    }
}
