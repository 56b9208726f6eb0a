using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Hls4Net.Cli;

/// <summary>
/// Gives every numeric option of the command tree a parser whose error names the option and the expected kind of
/// number (<c>--reuse-factor: 'abc' is not a whole number</c>) instead of .NET's type names.
/// </summary>
public static class NumericOptionParsers
{
    public static void Apply(Command command)
    {
        foreach (var option in command.Options)
        {
            switch (option)
            {
                case Option<int> o when o.CustomParser is null: o.CustomParser = r => Parse(r, o.Name, Int, () => DefaultOf<int>(o)); break;
                case Option<int?> o when o.CustomParser is null: o.CustomParser = r => Parse<int?>(r, o.Name, t => Int(t), () => null); break;
                case Option<double> o when o.CustomParser is null: o.CustomParser = r => Parse(r, o.Name, Double, () => DefaultOf<double>(o)); break;
                case Option<double?> o when o.CustomParser is null: o.CustomParser = r => Parse<double?>(r, o.Name, t => Double(t), () => null); break;
            }
        }
        foreach (var sub in command.Subcommands) Apply(sub);
    }

    private static T Parse<T>(ArgumentResult result, string name, Func<string, T?> parse, Func<T> fallback)
    {
        if (result.Tokens.Count == 0) return fallback();
        var text = result.Tokens[^1].Value;
        try
        {
            if (parse(text) is { } value) return value;
        }
        catch (FormatException)
        {
        }
        result.AddError($"{name}: '{text}' is not {(typeof(T) == typeof(int) || typeof(T) == typeof(int?) ? "a whole number" : "a finite number")}");
        return fallback();
    }

    private static int Int(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw new FormatException();

    private static double Double(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : throw new FormatException();

    private static T DefaultOf<T>(Option<T> option) => option.HasDefaultValue && option.GetDefaultValue() is T v ? v : default!;
}
