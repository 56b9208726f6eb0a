using System.Numerics;

namespace Hls4Net.Core.Numerics;

/// <summary>
/// Exact ap_fixed / ap_int operators on raw codes. Each result is the raw code in the operator's result type
/// (<see cref="FixedType.AddResult"/> etc.); nothing is quantized until it is converted with <see cref="FixedMath"/>.
/// </summary>
public static class FixedArith
{
    /// <summary>Raw of <c>a + b</c> in <c>AddResult(ta, tb)</c>; that type must be at most 127 bits wide.</summary>
    public static Int128 Add(long a, FixedType ta, long b, FixedType tb)
    {
        int f = Math.Max(ta.FracBits, tb.FracBits);
        CheckAligned(ta, tb, f);
        return ((Int128)a << (f - ta.FracBits)) + ((Int128)b << (f - tb.FracBits));
    }

    /// <summary>Raw of <c>a - b</c> in <c>SubResult(ta, tb)</c>; that type must be at most 127 bits wide.</summary>
    public static Int128 Sub(long a, FixedType ta, long b, FixedType tb)
    {
        int f = Math.Max(ta.FracBits, tb.FracBits);
        CheckAligned(ta, tb, f);
        return ((Int128)a << (f - ta.FracBits)) - ((Int128)b << (f - tb.FracBits));
    }

    /// <summary>Raw of <c>a * b</c> in <c>MulResult(ta, tb)</c> (fraction bits F1+F2); always exact.</summary>
    public static Int128 Mul(long a, long b) => (Int128)a * b;

    /// <summary>Slow-path raw of <c>a + b</c> in <c>AddResult(ta, tb)</c>.</summary>
    public static BigInteger Add(BigInteger a, FixedType ta, BigInteger b, FixedType tb)
    {
        int f = Math.Max(ta.FracBits, tb.FracBits);
        return (a << (f - ta.FracBits)) + (b << (f - tb.FracBits));
    }

    /// <summary>Slow-path raw of <c>a - b</c> in <c>SubResult(ta, tb)</c>.</summary>
    public static BigInteger Sub(BigInteger a, FixedType ta, BigInteger b, FixedType tb)
    {
        int f = Math.Max(ta.FracBits, tb.FracBits);
        return (a << (f - ta.FracBits)) - (b << (f - tb.FracBits));
    }

    /// <summary>Slow-path raw of <c>a * b</c> in <c>MulResult(ta, tb)</c>.</summary>
    public static BigInteger Mul(BigInteger a, BigInteger b) => a * b;

    /// <summary>Raw of <c>a / b</c> in <c>DivResult(ta, tb)</c>: (a*2^max(F2,0)) / b truncated toward zero,
    /// whatever the quantization mode. The header's min/-1 sign defect is not reproduced.</summary>
    /// <exception cref="DivideByZeroException">b is zero (the C++ code raises SIGFPE).</exception>
    public static BigInteger Div(BigInteger a, FixedType ta, BigInteger b, FixedType tb) =>
        BigInteger.Divide(a << Math.Max(tb.FracBits, 0), b);

    private static void CheckAligned(FixedType ta, FixedType tb, int f)
    {
        // |a << (f-F1)| < 2^(W1 + f - F1) = 2^(I1 + f); the sum needs one more bit and a sign bit.
        if (Math.Max(ta.IntBits, tb.IntBits) + f > 125)
            throw new ArgumentException($"{ta} and {tb}: aligned sum exceeds 127 bits; use the BigInteger overload");
    }
}
