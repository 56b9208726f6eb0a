using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using static Hls4Net.Emulation.Tests.Core.TestNodes;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>
/// The bias layer and the Linear/ReLU activations take a branch-free conversion when the types allow it; on random
/// types of every quantization and overflow mode (left and right shifts, narrow, unsigned, integer and wide types),
/// their raw codes and overflow counts must equal <see cref="FixedMath.Convert(Int128, int, FixedType, out bool)"/>
/// applied here, value by value, to the exact sum or input.
/// </summary>
public sealed class FastConvertKernelTests
{
    private static readonly QuantMode[] Quants = Enum.GetValues<QuantMode>();
    private static readonly OverflowMode[] Overflows = Enum.GetValues<OverflowMode>();

    [Fact]
    public void BiasAddEqualsTheExactSumConvertedOnRandomTypes()
    {
        var rng = new Random(20261202);
        for (var n = 0; n < 400; n++)
        {
            var tx = RandomType(rng, 40);
            var tb = RandomType(rng, 40);
            var tr = RandomType(rng, 64);
            int channels = (n % 3) switch { 0 => 7, 1 => 8, _ => 19 }, batch = 9; // 8 and 19 also take the 8-lane loop
            var bias = Enumerable.Range(0, channels).Select(_ => (float)((rng.NextDouble() * 2 - 1) * Math.Pow(2, rng.Next(-4, 6)))).ToArray();
            var node = Node(new BiasAddOp(new ConstTensor(new Shape(channels), bias)), new Shape(channels), tx.ToString(), tr.ToString());
            node.Precision = new LayerPrecision(Bias: tb);
            var raw = RandomInputs(rng, tx, channels * batch);
            var counter = new OverflowCounter();
            var actual = Run(node, raw, counter).Raw;

            var biasRaw = bias.Select(b => FixedMath.FromSingle(b, tb, out _)).ToArray();
            int f = Math.Max(tx.FracBits, tb.FracBits);
            long overflows = 0;
            for (var i = 0; i < raw.Length; i++)
            {
                var exact = ((Int128)raw[i] << (f - tx.FracBits)) + ((Int128)biasRaw[i % channels] << (f - tb.FracBits));
                var expected = FixedMath.Convert(exact, f, tr, out bool o);
                if (o) overflows++;
                if (expected != actual[i]) Assert.Fail($"case {n}: x {tx}, bias {tb}, result {tr}, element {i}: expected {expected}, got {actual[i]}");
            }
            Assert.Equal(overflows, counter.Overflows);
        }
    }

    [Theory]
    [InlineData(ActivationKind.Relu)]
    [InlineData(ActivationKind.Linear)]
    public void ReluAndLinearEqualTheInputConvertedOnRandomTypes(ActivationKind kind)
    {
        var rng = new Random((int)kind + 7);
        for (var n = 0; n < 400; n++)
        {
            var tx = RandomType(rng, 64);
            var tr = RandomType(rng, 64);
            var node = Node(new ActivationOp(kind), new Shape(16), tx.ToString(), tr.ToString());
            var raw = RandomInputs(rng, tx, 16 * 4);
            var counter = new OverflowCounter();
            var actual = Run(node, raw, counter).Raw;
            long overflows = 0;
            for (var i = 0; i < raw.Length; i++)
            {
                long expected = 0;
                if (kind == ActivationKind.Linear || raw[i] > 0)
                {
                    expected = FixedMath.Convert(raw[i], tx.FracBits, tr, out bool o);
                    if (o) overflows++;
                }
                if (expected != actual[i]) Assert.Fail($"case {n}: {kind} {tx} -> {tr}, raw {raw[i]}: expected {expected}, got {actual[i]}");
            }
            Assert.Equal(overflows, counter.Overflows);
        }
    }

    private static FixedType RandomType(Random rng, int maxWidth)
    {
        bool signed = rng.Next(2) == 0;
        int width = rng.Next(1, Math.Min(maxWidth, signed ? 64 : 63) + 1);
        if (rng.Next(20) == 0) return FixedType.Int(width, signed);
        var quant = rng.Next(2) == 0 ? (rng.Next(2) == 0 ? QuantMode.Trn : QuantMode.Rnd) : Quants[rng.Next(Quants.Length)];
        var ovf = rng.Next(2) == 0 ? (rng.Next(2) == 0 ? OverflowMode.Wrap : OverflowMode.Sat) : Overflows[rng.Next(Overflows.Length)];
        if (!signed && ovf == OverflowMode.WrapSm) ovf = OverflowMode.Wrap;
        int satBits = rng.Next(3) == 0 ? 0 : rng.Next(0, Math.Min(width, 4) + 1);
        return new FixedType(width, rng.Next(-6, width + 7), signed, quant, ovf, satBits);
    }

    /// <summary>Codes of <paramref name="t"/>: one in eight each the minimum, the maximum and zero, the rest uniform.</summary>
    private static long[] RandomInputs(Random rng, FixedType t, int count) => Enumerable.Range(0, count).Select(_ => rng.Next(8) switch
    {
        0 => t.MinRawInt64,
        1 => t.MaxRawInt64,
        2 => 0L,
        _ => rng.NextInt64(t.MinRawInt64, t.MaxRawInt64 == long.MaxValue ? long.MaxValue : t.MaxRawInt64 + 1),
    }).ToArray();
}
