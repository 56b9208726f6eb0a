using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering;

/// <summary>
/// The C++ intermediates of wide layers must themselves be valid ap_fixed types: both our ap_types and Xilinx's allow at
/// most AP_INT_MAX_W = 1024 bits (<see cref="FixedType.MaxFixedWidth"/>) by default, so a product <c>x * w</c> or a sum
/// <c>acc + x * w</c> wider than that does not compile. Intermediates of ap_int operands only are ap_int, which both
/// header sets take up to <see cref="FixedType.MaxIntWidth"/> bits. Checked before emulating or emitting, with one line
/// naming the layer.
/// </summary>
public static class CppWidth
{
    /// <summary>Width of the C++ type of <c>a * b</c> (I1+I2 integer, F1+F2 fraction bits).</summary>
    public static long Product(FixedType a, FixedType b) => (long)a.Width + b.Width;

    /// <summary>Width of the C++ type of <c>a + b</c> where b is a product of <paramref name="productIntBits"/>/<paramref name="productFracBits"/> bits.</summary>
    public static long Sum(FixedType a, long productIntBits, long productFracBits, bool productSigned)
    {
        long ia = a.IntBits + (productSigned && !a.Signed ? 1 : 0);
        long ip = productIntBits + (a.Signed && !productSigned ? 1 : 0);
        return Math.Max(ia, ip) + 1 + Math.Max(a.FracBits, productFracBits);
    }

    /// <summary>Dense: <c>acc += data * w</c> needs both the product and the sum within the limit.</summary>
    public static void CheckDense(Node node, FixedType input, FixedType weight, FixedType accum)
    {
        bool integer = input.IsInteger && weight.IsInteger;
        Require(node, Product(input, weight), $"product of {input} and {weight}", integer);
        Require(node, Sum(accum, (long)input.IntBits + weight.IntBits, (long)input.FracBits + weight.FracBits, input.Signed || weight.Signed),
            $"sum of accumulator {accum} and that product", integer && accum.IsInteger);
    }

    /// <summary>Throws <see cref="UnsupportedPrecisionException"/> when an intermediate of <paramref name="width"/> bits exceeds the limit.</summary>
    public static void Require(Node node, long width, string what, bool integer = false)
    {
        int max = integer ? FixedType.MaxIntWidth : FixedType.MaxFixedWidth;
        if (width > max)
        {
            throw new UnsupportedPrecisionException(integer
                ? $"node '{node.Name}' ({node.Op.Kind}): the C++ {what} would be {width} bits wide, more than the {max} bits ap_int allows; use narrower precisions"
                : $"node '{node.Name}' ({node.Op.Kind}): the C++ {what} would be {width} bits wide, more than the {max} bits ap_fixed allows (AP_INT_MAX_W); use narrower precisions");
        }
    }

    /// <summary>The C++ <c>x * scale + shift</c> must stay within AP_INT_MAX_W.</summary>
    public static void CheckBatchNorm(Node node, FixedType input, FixedType scale, FixedType shift)
    {
        Require(node, Product(input, scale), $"product of {input} and {scale}");
        Require(node, Sum(shift, (long)input.IntBits + scale.IntBits, (long)input.FracBits + scale.FracBits, input.Signed || scale.Signed),
            $"sum of that product and {shift}");
    }
}
