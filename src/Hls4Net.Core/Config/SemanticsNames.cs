using Hls4Net.Core.Ir;

namespace Hls4Net.Core.Config;

/// <summary>Spellings of <see cref="ArithmeticSemantics"/> in configs and on the command line (case-insensitive when read).</summary>
public static class SemanticsNames
{
    /// <summary>What a project gets when nothing says otherwise.</summary>
    public const ArithmeticSemantics Default = ArithmeticSemantics.Hls4ml;

    public static IReadOnlyList<string> Names { get; } = ["hls4ml", "exact"];

    public static bool TryParse(string text, out ArithmeticSemantics semantics)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "hls4ml":
                semantics = ArithmeticSemantics.Hls4ml;
                return true;
            case "exact":
                semantics = ArithmeticSemantics.Exact;
                return true;
            default:
                semantics = default;
                return false;
        }
    }

    public static string Name(ArithmeticSemantics semantics) => semantics switch
    {
        ArithmeticSemantics.Hls4ml => "hls4ml",
        _ => "exact",
    };
}
