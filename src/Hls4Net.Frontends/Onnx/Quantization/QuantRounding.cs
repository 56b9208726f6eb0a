using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Onnx.Quantization;

/// <summary>
/// The rounding modes of QONNX <c>Quant</c>/<c>Trunc</c> (and QDQ's round-half-to-even), each with its exact
/// <see cref="QuantMode"/> counterpart where ap_fixed has one (docs/quantized-onnx.md).
/// </summary>
internal enum QuantRounding
{
    /// <summary>ROUND (= HALF_EVEN, numpy's round): ties to even. AP_RND_CONV.</summary>
    HalfEven,

    /// <summary>HALF_UP: ties away from zero (2.5 → 3, −2.5 → −3). AP_RND_INF.</summary>
    HalfAwayFromZero,

    /// <summary>HALF_DOWN: ties toward zero (2.5 → 2, −2.5 → −2). AP_RND_ZERO.</summary>
    HalfTowardZero,

    /// <summary>FLOOR: toward −∞. AP_TRN.</summary>
    Floor,

    /// <summary>DOWN, ROUND_TO_ZERO: toward zero. AP_TRN_ZERO.</summary>
    TowardZero,

    /// <summary>CEIL: toward +∞. No ap_fixed counterpart.</summary>
    Ceil,

    /// <summary>UP: away from zero. No ap_fixed counterpart.</summary>
    AwayFromZero,
}

/// <summary>Parsing, the ap_fixed counterpart and the reference arithmetic of <see cref="QuantRounding"/>.</summary>
internal static class QuantRoundings
{
    /// <summary>The mode named <paramref name="text"/> (upper or lower case), or null when QONNX has no such mode.</summary>
    public static QuantRounding? Parse(string text) => text.ToUpperInvariant() switch
    {
        "ROUND" or "HALF_EVEN" => QuantRounding.HalfEven,
        "HALF_UP" => QuantRounding.HalfAwayFromZero,
        "HALF_DOWN" => QuantRounding.HalfTowardZero,
        "FLOOR" => QuantRounding.Floor,
        "DOWN" or "ROUND_TO_ZERO" => QuantRounding.TowardZero,
        "CEIL" => QuantRounding.Ceil,
        "UP" => QuantRounding.AwayFromZero,
        _ => null,
    };

    /// <summary>The ap_fixed quantization mode that rounds exactly like <paramref name="mode"/>, or null.</summary>
    public static QuantMode? ApMode(this QuantRounding mode) => mode switch
    {
        QuantRounding.HalfEven => QuantMode.RndConv,
        QuantRounding.HalfAwayFromZero => QuantMode.RndInf,
        QuantRounding.HalfTowardZero => QuantMode.RndZero,
        QuantRounding.Floor => QuantMode.Trn,
        QuantRounding.TowardZero => QuantMode.TrnZero,
        _ => null,
    };

    /// <summary>The QONNX name of <paramref name="mode"/>.</summary>
    public static string Name(this QuantRounding mode) => mode switch
    {
        QuantRounding.HalfEven => "ROUND",
        QuantRounding.HalfAwayFromZero => "HALF_UP",
        QuantRounding.HalfTowardZero => "HALF_DOWN",
        QuantRounding.Floor => "FLOOR",
        QuantRounding.TowardZero => "ROUND_TO_ZERO",
        QuantRounding.Ceil => "CEIL",
        _ => "UP",
    };

    /// <summary><paramref name="v"/> rounded to an integer by <paramref name="mode"/>.</summary>
    public static double Round(this QuantRounding mode, double v)
    {
        var f = Math.Floor(v);
        var r = v - f;
        return mode switch
        {
            QuantRounding.HalfEven => Math.Round(v, MidpointRounding.ToEven),
            QuantRounding.HalfAwayFromZero => Math.Round(v, MidpointRounding.AwayFromZero),
            QuantRounding.HalfTowardZero => r > 0.5 || (r == 0.5 && v < 0) ? f + 1 : f,
            QuantRounding.Floor => f,
            QuantRounding.TowardZero => Math.Truncate(v),
            QuantRounding.Ceil => Math.Ceiling(v),
            _ => v >= 0 ? Math.Ceiling(v) : f,
        };
    }
}
