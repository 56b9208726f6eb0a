using System.CommandLine;

namespace Hls4Net.Cli;

/// <summary>Whether the parsed command line asks for --json output (also when parsing failed elsewhere on the line).</summary>
public static class JsonFlag
{
    public const string Name = "--json";

    public static bool IsSet(ParseResult parse)
    {
        if (parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == Name) is not Option<bool> option) return false;
        if (parse.Errors.Count > 0) return parse.Tokens.Any(t => t.Value == Name);
        return parse.GetValue(option);
    }
}
