using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Passes.AutoPrecision;

/// <summary>
/// The widths an <c>auto</c> type gets so that no value can overflow and no rounding is needed (hls4ml's
/// <c>InferPrecisionTypes</c> rules, written from its documented behaviour). Every result is
/// <c>ap_[u]fixed&lt;W,I&gt;</c> with AP_TRN/AP_WRAP: a type that holds every value exactly needs no other mode.
/// I counts the sign bit, as in ap_fixed.
/// </summary>
public static class BitGrowth
{
    /// <summary>ceil(log2(n)) for n ≥ 1 (0 for n ≤ 1).</summary>
    public static int CeilLog2(long n)
    {
        if (n <= 1) return 0;
        var bits = 0;
        for (var v = n - 1; v > 0; v >>= 1) bits++;
        return bits;
    }

    /// <summary>
    /// Sum of <paramref name="nOps"/> products input × weight plus a bias (Dense, convolutions): the products need
    /// W_in + W_w bits with I_in + I_w integer bits, ceil(log2(nOps)) more for the sum; the bias (unless
    /// <paramref name="withBias"/> is false) adds one integer bit above the larger integer part, and its fractional
    /// bits if it has more. A signed operand makes the result signed; an unsigned operand then needs one more
    /// integer bit to be compared with a signed one.
    /// </summary>
    public static FixedType MultiplyAccumulate(FixedType input, FixedType weight, FixedType bias, long nOps, bool withBias)
    {
        var growth = CeilLog2(nOps);
        var width = weight.Width + input.Width + growth;
        var integers = weight.IntBits + input.IntBits + growth;
        var signed = weight.Signed || input.Signed;
        var frac = width - integers;
        if (withBias)
        {
            integers = Math.Max(integers + (bias.Signed && !signed ? 1 : 0), bias.IntBits + (signed && !bias.Signed ? 1 : 0)) + 1;
            width = integers + Math.Max(frac, bias.FracBits);
            signed = signed || bias.Signed;
        }
        return new FixedType(width, integers, signed);
    }

    /// <summary>Batch normalization x·scale + bias (hls4ml's rule for BatchNormalization and ApplyAlpha).</summary>
    public static FixedType ScaleShift(FixedType input, FixedType scale, FixedType bias)
    {
        var scaledSigned = scale.Signed || input.Signed;
        var scaledWidth = input.Width + scale.Width;
        var scaledInt = input.IntBits + scale.IntBits;
        var signed = scaledSigned || bias.Signed;
        var integers = Math.Max(scaledInt + (bias.Signed && !scaledSigned ? 1 : 0), bias.IntBits + (scaledSigned && !bias.Signed ? 1 : 0)) + 1;
        var width = integers + Math.Max(scaledWidth - scaledInt, bias.FracBits);
        return new FixedType(width, integers, signed);
    }

    /// <summary>Element-wise add, subtract or average of two inputs: one integer bit of growth.</summary>
    public static FixedType Add(FixedType a, FixedType b, bool subtract)
    {
        var signed = a.Signed || b.Signed || subtract;
        var integers = Math.Max(a.IntBits + (b.Signed && !a.Signed ? 1 : 0), b.IntBits + (a.Signed && !b.Signed ? 1 : 0)) + 1;
        var width = integers + Math.Max(a.FracBits, b.FracBits);
        return new FixedType(width, integers, signed);
    }

    /// <summary>Element-wise product of two inputs: widths and integer parts add.</summary>
    public static FixedType Multiply(FixedType a, FixedType b) => new(a.Width + b.Width, a.IntBits + b.IntBits, a.Signed || b.Signed);

    /// <summary>
    /// A type that holds every value of both inputs (maximum, minimum, concatenation): an unsigned input gains one
    /// integer bit when the other is signed. Equal inputs keep their type. <paramref name="keepModes"/> takes the
    /// first non-default quantization and overflow modes of the inputs (concatenation).
    /// </summary>
    public static FixedType Union(FixedType a, FixedType b, bool keepModes)
    {
        if (a == b) return a;
        var signed = a.Signed || b.Signed;
        var aInt = a.IntBits + (signed && !a.Signed ? 1 : 0);
        var bInt = b.IntBits + (signed && !b.Signed ? 1 : 0);
        var integers = Math.Max(aInt, bInt);
        var width = Math.Max(a.FracBits, b.FracBits) + integers;
        if (!keepModes) return new FixedType(width, integers, signed);
        var quant = a.Quant != QuantMode.Trn ? a.Quant : b.Quant;
        var overflow = a.Overflow != OverflowMode.Wrap ? a.Overflow : b.Overflow;
        var satBits = a.SatBits != 0 ? a.SatBits : b.SatBits;
        return new FixedType(width, integers, signed, quant, overflow, satBits);
    }
}
