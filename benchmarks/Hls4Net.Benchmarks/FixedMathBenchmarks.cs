using BenchmarkDotNet.Attributes;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Benchmarks;

/// <summary>The fixed-point hot path: double → ap_fixed, re-quantization and exact multiply, 1000 values per invocation.</summary>
public class FixedMathBenchmarks
{
    private const int Count = 1000;

    private static readonly FixedType Narrow = FixedType.Parse("ap_fixed<16,6>");
    private static readonly FixedType Wide = FixedType.Parse("ap_fixed<32,12>");
    private static readonly FixedType Rounded = FixedType.Parse("ap_fixed<16,6,AP_RND,AP_SAT>");

    private readonly double[] _doubles = new double[Count];
    private readonly long[] _raw = new long[Count];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(0);
        for (var i = 0; i < Count; i++)
        {
            _doubles[i] = (rng.NextDouble() - 0.5) * 40;
            _raw[i] = FixedMath.FromDouble(_doubles[i], Wide);
        }
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "FromDouble -> ap_fixed<16,6>")]
    public long FromDouble()
    {
        long sum = 0;
        foreach (var x in _doubles) sum += FixedMath.FromDouble(x, Narrow);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Convert ap_fixed<32,12> -> <16,6,RND,SAT>")]
    public long Convert()
    {
        long sum = 0;
        foreach (var r in _raw) sum += FixedMath.Convert(r, Wide.FracBits, Rounded);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Mul <32,12>*<32,12> -> <16,6>")]
    public long Mul()
    {
        long sum = 0;
        var frac = 2 * Wide.FracBits;
        for (var i = 0; i < Count; i++) sum += FixedMath.Convert(FixedArith.Mul(_raw[i], _raw[Count - 1 - i]), frac, Narrow);
        return sum;
    }
}
