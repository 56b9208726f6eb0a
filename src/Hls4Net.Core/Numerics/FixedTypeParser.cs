using System.Globalization;

namespace Hls4Net.Core.Numerics;

/// <summary>Parses C++ (<c>ap_fixed&lt;8,3,AP_RND,AP_SAT&gt;</c>) and hls4ml (<c>fixed&lt;8,3,RND,SAT&gt;</c>) precisions.</summary>
internal static class FixedTypeParser
{
    public static FixedType Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        int lt = s.IndexOf('<');
        if (lt < 0 || !s.EndsWith('>'))
            throw Bad(text, "expected 'name<args>'");
        var name = s[..lt].Trim().ToLowerInvariant();
        var args = s[(lt + 1)..^1].Split(',').Select(a => a.Trim()).ToArray();
        if (args.Any(a => a.Length == 0))
            throw Bad(text, "empty template argument");
        (bool signed, bool isInt) = name switch
        {
            "ap_fixed" or "fixed" => (true, false),
            "ap_ufixed" or "ufixed" => (false, false),
            "ap_int" or "int" => (true, true),
            "ap_uint" or "uint" => (false, true),
            _ => throw Bad(text, $"unknown type name '{name}'"),
        };
        if (isInt)
        {
            if (args.Length != 1)
                throw Bad(text, "integer types take exactly one argument (the width)");
            int w = Int(text, args[0], "width");
            return Make(text, () => FixedType.Int(w, signed));
        }
        if (args.Length < 2 || args.Length > 5)
            throw Bad(text, "fixed-point types take 2 to 5 arguments <W,I,Q,O,N>");
        int width = Int(text, args[0], "width");
        int intBits = Int(text, args[1], "integer bits");
        var q = args.Length > 2 ? Quant(text, args[2]) : QuantMode.Trn;
        var o = args.Length > 3 ? Overflow(text, args[3]) : OverflowMode.Wrap;
        int n = args.Length > 4 ? Int(text, args[4], "saturation bits") : 0;
        return Make(text, () => new FixedType(width, intBits, signed, q, o, n));
    }

    private static FixedType Make(string text, Func<FixedType> create)
    {
        try
        {
            return create();
        }
        catch (FixedTypeException e)
        {
            // Re-word the message so that it names the user's string rather than the canonical one.
            int colon = e.Message.IndexOf("': ", StringComparison.Ordinal);
            throw Bad(text, colon >= 0 ? e.Message[(colon + 3)..] : e.Message);
        }
    }

    private static int Int(string text, string arg, string what) =>
        int.TryParse(arg, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v)
            ? v
            : throw Bad(text, $"{what} '{arg}' is not an integer");

    private static string Mode(string arg)
    {
        var m = arg.ToUpperInvariant();
        return m.StartsWith("AP_", StringComparison.Ordinal) ? m[3..] : m;
    }

    private static QuantMode Quant(string text, string arg) => Mode(arg) switch
    {
        "RND" => QuantMode.Rnd,
        "RND_ZERO" => QuantMode.RndZero,
        "RND_MIN_INF" => QuantMode.RndMinInf,
        "RND_INF" => QuantMode.RndInf,
        "RND_CONV" => QuantMode.RndConv,
        "TRN" => QuantMode.Trn,
        "TRN_ZERO" => QuantMode.TrnZero,
        _ => throw Bad(text, $"unknown quantization mode '{arg}'"),
    };

    private static OverflowMode Overflow(string text, string arg) => Mode(arg) switch
    {
        "SAT" => OverflowMode.Sat,
        "SAT_ZERO" => OverflowMode.SatZero,
        "SAT_SYM" => OverflowMode.SatSym,
        "WRAP" => OverflowMode.Wrap,
        "WRAP_SM" => OverflowMode.WrapSm,
        _ => throw Bad(text, $"unknown overflow mode '{arg}'"),
    };

    private static FixedTypeException Bad(string text, string why) => new($"invalid precision '{text}': {why}");
}
