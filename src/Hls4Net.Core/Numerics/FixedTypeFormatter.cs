namespace Hls4Net.Core.Numerics;

/// <summary>Writes canonical C++ spellings of fixed-point types (trailing defaults omitted).</summary>
internal static class FixedTypeFormatter
{
    public static string Format(FixedType t) =>
        FormatUnchecked(t.Width, t.IntBits, t.Signed, t.Quant, t.Overflow, t.SatBits, t.IsInteger);

    public static string FormatUnchecked(int w, int i, bool signed, QuantMode q, OverflowMode o, int n, bool isInt)
    {
        if (isInt)
            return $"{(signed ? "ap_int" : "ap_uint")}<{w}>";
        var head = $"{(signed ? "ap_fixed" : "ap_ufixed")}<{w},{i}";
        if (n != 0)
            return $"{head},{Name(q)},{Name(o)},{n}>";
        if (o != OverflowMode.Wrap)
            return $"{head},{Name(q)},{Name(o)}>";
        if (q != QuantMode.Trn)
            return $"{head},{Name(q)}>";
        return head + ">";
    }

    /// <summary>C++ enumerator name of a quantization mode, e.g. AP_RND_CONV.</summary>
    public static string Name(QuantMode q) => q switch
    {
        QuantMode.Rnd => "AP_RND",
        QuantMode.RndZero => "AP_RND_ZERO",
        QuantMode.RndMinInf => "AP_RND_MIN_INF",
        QuantMode.RndInf => "AP_RND_INF",
        QuantMode.RndConv => "AP_RND_CONV",
        QuantMode.Trn => "AP_TRN",
        QuantMode.TrnZero => "AP_TRN_ZERO",
        _ => $"(ap_q_mode){(int)q}",
    };

    /// <summary>C++ enumerator name of an overflow mode, e.g. AP_SAT_SYM.</summary>
    public static string Name(OverflowMode o) => o switch
    {
        OverflowMode.Sat => "AP_SAT",
        OverflowMode.SatZero => "AP_SAT_ZERO",
        OverflowMode.SatSym => "AP_SAT_SYM",
        OverflowMode.Wrap => "AP_WRAP",
        OverflowMode.WrapSm => "AP_WRAP_SM",
        _ => $"(ap_o_mode){(int)o}",
    };
}
