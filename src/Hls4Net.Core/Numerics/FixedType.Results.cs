namespace Hls4Net.Core.Numerics;

/// <summary>Result types of ap_fixed / ap_int operators (spec sections 4 and 6).</summary>
public sealed partial record FixedType
{
    /// <summary>Type of <c>a + b</c>: I = Ia+1, F = max(F1,F2), signed if either is.</summary>
    public static FixedType AddResult(FixedType a, FixedType b) =>
        Result(a, b, AlignedIntBits(a, b) + 1, Math.Max(a.FracBits, b.FracBits), a.Signed || b.Signed);

    /// <summary>Type of <c>a - b</c>: I = Ia+1, F = max(F1,F2), always signed.</summary>
    public static FixedType SubResult(FixedType a, FixedType b) =>
        Result(a, b, AlignedIntBits(a, b) + 1, Math.Max(a.FracBits, b.FracBits), true);

    /// <summary>Type of <c>a * b</c>: I = I1+I2, F = F1+F2, signed if either is.</summary>
    public static FixedType MulResult(FixedType a, FixedType b) =>
        Result(a, b, a.IntBits + b.IntBits, a.FracBits + b.FracBits, a.Signed || b.Signed);

    /// <summary>Type of <c>a / b</c>: I = I1+F2+S2, F = F1+max(F2,0)-F2, signed if either is.</summary>
    public static FixedType DivResult(FixedType a, FixedType b) =>
        Result(a, b, a.IntBits + b.FracBits + (b.Signed ? 1 : 0),
            a.FracBits + Math.Max(b.FracBits, 0) - b.FracBits, a.Signed || b.Signed);

    /// <summary>Type of <c>a &amp; b</c>, <c>a | b</c>, <c>a ^ b</c>: I = Ia, F = max(F1,F2).</summary>
    public static FixedType BitwiseResult(FixedType a, FixedType b) =>
        Result(a, b, AlignedIntBits(a, b), Math.Max(a.FracBits, b.FracBits), a.Signed || b.Signed);

    /// <summary>Type of unary <c>-a</c>: I+1 integer bits, same F, signed.</summary>
    public static FixedType NegResult(FixedType a) => Result(a, a, a.IntBits + 1, a.FracBits, true);

    /// <summary>Type of <c>a % b</c> for ap_int operands: width min(W1, W2+[S1 and not S2]), signedness of a.</summary>
    public static FixedType ModResult(FixedType a, FixedType b)
    {
        if (!a.IsInteger || !b.IsInteger)
            throw new FixedTypeException($"operator % needs ap_int operands, got '{a}' and '{b}'");
        return Int(Math.Min(a.Width, b.Width + (a.Signed && !b.Signed ? 1 : 0)), a.Signed);
    }

    /// <summary>Ia = max(I1 + [S2 and not S1], I2 + [S1 and not S2]).</summary>
    private static int AlignedIntBits(FixedType a, FixedType b) => Math.Max(
        a.IntBits + (b.Signed && !a.Signed ? 1 : 0),
        b.IntBits + (a.Signed && !b.Signed ? 1 : 0));

    private static FixedType Result(FixedType a, FixedType b, int intBits, int fracBits, bool signed)
    {
        int width = intBits + fracBits;
        return a.IsInteger && b.IsInteger
            ? Int(width, signed)
            : new FixedType(width, intBits, signed);
    }
}
