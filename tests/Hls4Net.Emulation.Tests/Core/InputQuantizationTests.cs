using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Ops;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>
/// The interpreter's input quantization (the AP_TRN floor fast path, 8 values at a time and value by value) against
/// <see cref="FixedMath.FromDouble(double, FixedType, out bool)"/> per value: random types of every mode, values
/// inside the range, on its edges, just outside, far outside, NaN, infinities and -0.
/// </summary>
public sealed class InputQuantizationTests
{
    private static readonly QuantMode[] Quants = Enum.GetValues<QuantMode>();
    private static readonly OverflowMode[] Overflows = Enum.GetValues<OverflowMode>();

    private static FixedType RandomType(Random rng)
    {
        bool signed = rng.Next(2) == 0;
        int width = rng.Next(1, (signed ? 60 : 59) + 1);
        var quant = rng.Next(3) != 0 ? QuantMode.Trn : Quants[rng.Next(Quants.Length)];
        var ovf = rng.Next(2) == 0 ? (rng.Next(2) == 0 ? OverflowMode.Wrap : OverflowMode.Sat) : Overflows[rng.Next(Overflows.Length)];
        if (!signed && ovf == OverflowMode.WrapSm) ovf = OverflowMode.Wrap;
        int satBits = rng.Next(3) == 0 ? 0 : rng.Next(0, Math.Min(width, 4) + 1);
        return new FixedType(width, rng.Next(-6, width + 7), signed, quant, ovf, satBits);
    }

    private static double RandomValue(Random rng, FixedType t)
    {
        double lsb = Math.ScaleB(1.0, -t.FracBits), min = t.MinRawInt64 * lsb, max = t.MaxRawInt64 * lsb;
        return rng.Next(40) switch
        {
            0 => double.NaN,
            1 => rng.Next(2) == 0 ? double.PositiveInfinity : double.NegativeInfinity,
            2 => -0.0,
            3 => min,
            4 => max,
            5 => min - lsb * rng.NextDouble(),
            6 => max + lsb * rng.NextDouble(),
            7 => (rng.NextDouble() * 2 - 1) * Math.Max(Math.Abs(min), max) * 1e6,
            8 => max + lsb,
            9 => Math.BitDecrement(min),
            _ => min + (max - min) * rng.NextDouble(),
        };
    }

    [Fact]
    public void QuantizedInputsEqualFromDoublePerValue()
    {
        var rng = new Random(20261203);
        for (var n = 0; n < 600; n++)
        {
            var t = RandomType(rng);
            int size = rng.Next(1, 20), batch = rng.Next(1, 9);
            var g = new Graph("q");
            var x = new Value("x", new Shape(size)) { Type = t };
            g.Inputs.Add(x);
            var act = g.Add("act", new ActivationOp(ActivationKind.Linear), x);
            act.Output.Type = FixedType.Parse("ap_fixed<8,3>");
            g.Outputs.Add(act.Output);
            // Mostly in-range values, so that whole blocks of 8 take the vector path; some cases with every kind mixed in.
            var mixed = rng.Next(2) == 0;
            var data = Enumerable.Range(0, size * batch).Select(_ => mixed || rng.Next(30) == 0 ? RandomValue(rng, t) : InRange(rng, t)).ToArray();
            var result = new Interpreter(StandardOps.Create().Kernels()).Run(g, [data], batch);
            long overflows = 0;
            for (var i = 0; i < data.Length; i++)
            {
                var expected = FixedMath.FromDouble(data[i], t, out var o);
                if (o) overflows++;
                if (expected != result.Inputs[0].Raw[i]) Assert.Fail($"case {n}: {t}, value {i} = {data[i]:R}: expected {expected}, got {result.Inputs[0].Raw[i]}");
            }
            Assert.Equal(overflows, result.InputOverflow[0].Overflows);
            Assert.Equal(data.Length, result.InputOverflow[0].Stores);
        }
    }

    private static double InRange(Random rng, FixedType t)
    {
        double lsb = Math.ScaleB(1.0, -t.FracBits);
        return (t.MinRawInt64 + (t.MaxRawInt64 - (double)t.MinRawInt64) * rng.NextDouble()) * lsb;
    }
}
