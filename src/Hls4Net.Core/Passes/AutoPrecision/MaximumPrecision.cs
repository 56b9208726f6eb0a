using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Passes.AutoPrecision;

/// <summary>
/// hls4ml's <c>Precision: {maximum: T}</c> at Model level: an inferred type is clamped to at most T's width and
/// integer bits and takes T's signedness; T's quantization and overflow modes replace the inferred ones only when
/// they are not the defaults (AP_TRN, AP_WRAP, 0 saturation bits), i.e. when the user set them.
/// </summary>
public sealed class MaximumPrecision
{
    private readonly FixedType? _maximum;

    public MaximumPrecision(FixedType? maximum) => _maximum = maximum;

    /// <summary>The cap, or null when the config sets none (hls4ml's default: no cap).</summary>
    public FixedType? Maximum => _maximum;

    /// <summary><paramref name="inferred"/> clamped; <paramref name="capped"/> tells whether the cap changed its width or integer bits.</summary>
    public FixedType Apply(FixedType inferred, out bool capped)
    {
        capped = false;
        if (_maximum is not { } max) return inferred;
        var width = Math.Min(inferred.Width, max.Width);
        var integers = Math.Min(inferred.IntBits, max.IntBits);
        capped = width != inferred.Width || integers != inferred.IntBits;
        var quant = max.Quant != QuantMode.Trn ? max.Quant : inferred.Quant;
        var overflow = max.Overflow != OverflowMode.Wrap ? max.Overflow : inferred.Overflow;
        var satBits = max.SatBits != 0 ? max.SatBits : inferred.SatBits;
        return new FixedType(width, integers, max.Signed, quant, overflow, satBits);
    }
}
