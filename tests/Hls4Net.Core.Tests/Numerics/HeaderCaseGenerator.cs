using System.Globalization;
using System.Numerics;
using System.Text;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Tests.Numerics;

/// <summary>Seeded random cases for the C# vs C++ header comparison; expectations come from <see cref="FixedMath"/>.</summary>
internal sealed class HeaderCaseGenerator(int seed)
{
    private readonly Random _rng = new(seed);
    private readonly RandomFixedValues _values = new(seed + 1);
    private int _id;

    /// <summary>Discrepancies between the C# fast path and slow path found while generating.</summary>
    public List<string> FastSlowMismatches { get; } = [];

    /// <summary>Conversions from double into type number <paramref name="index"/> (cycles through every Q x O pair).</summary>
    public HeaderCaseGroup Doubles(int index, int minW, int maxW, int inputs, string kind)
    {
        var t = RandomType(index, minW, maxW);
        var xs = Enumerable.Range(0, inputs).Select(i => _values.Double(t, i + index)).ToList();
        var expected = new List<string>();
        var desc = new List<string>();
        foreach (var x in xs)
        {
            var big = FixedMath.FromDoubleBig(x, t, out bool ob);
            if (t.FitsInt64)
            {
                long fast = FixedMath.FromDouble(x, t, out bool of);
                if (fast != big || of != ob)
                    FastSlowMismatches.Add($"{t} <- {R(x)}: fast {fast}/{of}, slow {big}/{ob}");
            }
            expected.Add(Hex(big, t.Width));
            desc.Add($"{t} x = {R(x)} (bits 0x{BitConverter.DoubleToInt64Bits(x):x16})");
        }
        string name = $"d{_id++}";
        var data = $"static const unsigned long long {name}[] = {{{string.Join(",", xs.Select(x => $"0x{BitConverter.DoubleToInt64Bits(x):x16}ULL"))}}};";
        var call = $"conv<{t}, {t.Width}>({name}, {xs.Count});";
        return new HeaderCaseGroup(data, call, expected, desc, Enumerable.Repeat(kind, xs.Count).ToList());
    }

    /// <summary>a+b, a-b, a*b and a itself, each stored into a third random type.</summary>
    public HeaderCaseGroup Arithmetic(int index, int pairs)
    {
        var ta = OperandType(index, wide: _rng.Next(10) == 0);
        var tb = _rng.Next(8) == 0 ? FixedType.Int(_rng.Next(1, 65), _rng.Next(2) == 0) : OperandType(index + 3, wide: _rng.Next(10) == 0);
        if (ta.IsInteger && !tb.IsInteger)
            (ta, tb) = (tb, ta);
        var tc = _rng.Next(12) == 0 ? FixedType.Int(_rng.Next(1, 65), _rng.Next(2) == 0) : RandomType(index * 7 + 1, 1, _rng.Next(6) == 0 ? 128 : 64);
        var hex = new List<string>();
        var expected = new List<string>();
        var desc = new List<string>();
        var kinds = new List<string>();
        for (int p = 0; p < pairs; p++)
        {
            var a = _values.Raw(ta);
            var b = _values.Raw(tb);
            hex.Add(Hex(a, ta.Width));
            hex.Add(Hex(b, tb.Width));
            Expect("add", FixedArith.Add(a, ta, b, tb), FixedType.AddResult(ta, tb), () => FixedArith.Add((long)a, ta, (long)b, tb));
            Expect("sub", FixedArith.Sub(a, ta, b, tb), FixedType.SubResult(ta, tb), () => FixedArith.Sub((long)a, ta, (long)b, tb));
            Expect("mul", FixedArith.Mul(a, b), FixedType.MulResult(ta, tb), () => FixedArith.Mul((long)a, (long)b));
            Expect("assign", a, ta, () => (long)a);

            void Expect(string op, BigInteger exact, FixedType rt, Func<Int128> fast)
            {
                var r = FixedMath.Convert(exact, rt.FracBits, tc, out bool ob);
                if (ta.FitsInt64 && tb.FitsInt64 && tc.FitsInt64 && Math.Max(ta.IntBits, tb.IntBits) + Math.Max(ta.FracBits, tb.FracBits) <= 125)
                {
                    long f = FixedMath.Convert(fast(), rt.FracBits, tc, out bool of);
                    if (f != r || of != ob)
                        FastSlowMismatches.Add($"{op} {ta}={a} {tb}={b} -> {tc}: fast {f}/{of}, slow {r}/{ob}");
                }
                expected.Add(Hex(r, tc.Width));
                desc.Add($"{tc} c({op}: {ta} raw {a}, {tb} raw {b}; result type {rt}, exact raw {exact})");
                kinds.Add(op);
            }
        }
        string name = $"a{_id++}";
        var data = $"static const char* const {name}[] = {{{string.Join(",", hex.Select(h => $"\"{h}\""))}}};";
        var call = $"ar<{ta}, {tb}, {tc}, {ta.Width}, {tb.Width}, {tc.Width}>({name}, {pairs});";
        return new HeaderCaseGroup(data, call, expected, desc, kinds);
    }

    /// <summary>A random destination type; index cycles Q (7) x O (5) so that every pair appears.</summary>
    private FixedType RandomType(int index, int minW, int maxW)
    {
        var q = (QuantMode)(index % 7);
        var o = (OverflowMode)(index / 7 % 5);
        bool signed = o == OverflowMode.WrapSm || _rng.Next(2) == 0;
        int w = _rng.Next(4) == 0 ? _rng.Next(minW, Math.Min(maxW, minW + 8) + 1) : _rng.Next(minW, maxW + 1);
        int i = _rng.Next(6) switch
        {
            0 => -_rng.Next(1, 12),       // I < 0
            1 => 0,
            2 => w + _rng.Next(1, 12),    // I > W
            3 => w,
            _ => _rng.Next(1, w + 1),
        };
        int n = Math.Min(_rng.Next(4), w);
        return new FixedType(w, i, signed, q, o, n);
    }

    private FixedType OperandType(int index, bool wide)
    {
        int w = wide ? _rng.Next(65, 97) : _rng.Next(1, 65);
        int i = _rng.Next(5) switch { 0 => -_rng.Next(1, 6), 1 => w + _rng.Next(1, 6), _ => _rng.Next(0, w + 1) };
        return new FixedType(w, i, _rng.Next(3) != 0, (QuantMode)(index % 7), (OverflowMode)(index % 4));
    }

    /// <summary>Low W bits of raw as ceil(W/4) lowercase hex digits.</summary>
    public static string Hex(BigInteger raw, int w)
    {
        var u = raw & ((BigInteger.One << w) - 1);
        int nd = (w + 3) / 4;
        var s = new StringBuilder(u.ToString("x", CultureInfo.InvariantCulture).TrimStart('0'));
        while (s.Length < nd)
            s.Insert(0, '0');
        return s.ToString();
    }

    private static string R(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
