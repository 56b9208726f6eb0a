using System.Numerics;

namespace Hls4Net.Core.Numerics;

/// <summary>
/// An arbitrary-precision fixed-point or integer type: ap_fixed / ap_ufixed / ap_int / ap_uint.
/// Value = raw * 2^-(Width-IntBits). Integer types are represented with IntBits == Width and IsInteger set.
/// The constructor validates its arguments and throws <see cref="FixedTypeException"/>
/// (note: <c>with</c> expressions bypass that check).
/// </summary>
public sealed partial record FixedType(
    int Width,
    int IntBits,
    bool Signed,
    QuantMode Quant = QuantMode.Trn,
    OverflowMode Overflow = OverflowMode.Wrap,
    int SatBits = 0,
    bool IsInteger = false)
{
    /// <summary>Largest width accepted for ap_[u]fixed (Vitis default AP_INT_MAX_W).</summary>
    public const int MaxFixedWidth = 1024;

    /// <summary>Largest width accepted for ap_[u]int (ap_int needs no macro up to 32768 bits).</summary>
    public const int MaxIntWidth = 32768;

    /// <summary>Bound on |IntBits| so that bit positions never overflow an int.</summary>
    public const int MaxAbsIntBits = 1 << 20;

    private readonly bool _validated = Validate(Width, IntBits, Signed, Quant, Overflow, SatBits, IsInteger);

    /// <summary>Number of fractional bits (may be negative).</summary>
    public int FracBits => Width - IntBits;

    /// <summary>True when every raw value of this type fits in a <see cref="long"/> (the fast path).</summary>
    public bool FitsInt64 => Width < 64 || (Width == 64 && Signed);

    /// <summary>Smallest raw code: -2^(W-1) if signed, otherwise 0.</summary>
    public BigInteger MinRaw => Signed ? -(BigInteger.One << (Width - 1)) : BigInteger.Zero;

    /// <summary>Largest raw code: 2^(W-1)-1 if signed, otherwise 2^W-1.</summary>
    public BigInteger MaxRaw => (BigInteger.One << (Signed ? Width - 1 : Width)) - 1;

    /// <summary>Smallest raw code as a long; requires <see cref="FitsInt64"/>.</summary>
    public long MinRawInt64 => Signed ? -(1L << (RequireInt64().Width - 1)) : 0L;

    /// <summary>Largest raw code as a long; requires <see cref="FitsInt64"/>.</summary>
    public long MaxRawInt64 => RequireInt64().Signed
        ? (long)((1UL << (Width - 1)) - 1)
        : (long)((1UL << Width) - 1);

    /// <summary>Smallest representable value as a double (exact value rounded to nearest).</summary>
    public double MinValue => FixedMath.ToDouble(MinRaw, FracBits);

    /// <summary>Largest representable value as a double (exact value rounded to nearest).</summary>
    public double MaxValue => FixedMath.ToDouble(MaxRaw, FracBits);

    /// <summary>Value of one LSB, 2^-F, as a double (may be 0 or infinity for extreme F).</summary>
    public double Lsb => Math.ScaleB(1.0, -FracBits);

    /// <summary>Creates a signed or unsigned ap_int/ap_uint of the given width.</summary>
    public static FixedType Int(int width, bool signed = true) => new(width, width, signed, IsInteger: true);

    /// <summary>Canonical C++ spelling, omitting trailing default template arguments.</summary>
    public override string ToString() => FixedTypeFormatter.Format(this);

    /// <summary>Parses <c>ap_fixed&lt;...&gt;</c>, <c>ap_ufixed</c>, <c>ap_int</c>, <c>ap_uint</c> and the
    /// hls4ml short forms <c>fixed</c>, <c>ufixed</c>, <c>int</c>, <c>uint</c>.</summary>
    /// <exception cref="FixedTypeException">The string is not a valid precision.</exception>
    public static FixedType Parse(string text) => FixedTypeParser.Parse(text);

    /// <summary>Like <see cref="Parse"/> but returns false instead of throwing.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FixedType? type)
    {
        type = null;
        if (text is null)
            return false;
        try
        {
            type = FixedTypeParser.Parse(text);
            return true;
        }
        catch (FixedTypeException)
        {
            return false;
        }
    }

    private FixedType RequireInt64() => FitsInt64
        ? this
        : throw new InvalidOperationException($"{this}: raw codes do not fit in a 64-bit integer");

    private static bool Validate(int w, int i, bool signed, QuantMode q, OverflowMode o, int n, bool isInt)
    {
        string? error = null;
        if (w < 1)
            error = "width must be at least 1";
        else if (w > (isInt ? MaxIntWidth : MaxFixedWidth))
            error = $"width must be at most {(isInt ? MaxIntWidth : MaxFixedWidth)}";
        else if (Math.Abs((long)i) > MaxAbsIntBits)
            error = $"integer bits must be within +-{MaxAbsIntBits}";
        else if (!Enum.IsDefined(q))
            error = $"unknown quantization mode {(int)q}";
        else if (!Enum.IsDefined(o))
            error = $"unknown overflow mode {(int)o}";
        else if (n < 0 || n > w)
            error = $"saturation bits N={n} must be within 0..{w}";
        else if (!signed && o == OverflowMode.WrapSm)
            error = "AP_WRAP_SM is not allowed for unsigned types";
        else if (isInt && (i != w || q != QuantMode.Trn || o != OverflowMode.Wrap || n != 0))
            error = "integer types must have IntBits == Width and default modes";
        if (error != null)
        {
            var name = FixedTypeFormatter.FormatUnchecked(w, i, signed, q, o, n, isInt);
            throw new FixedTypeException($"invalid precision '{name}': {error}");
        }
        return true;
    }
}
