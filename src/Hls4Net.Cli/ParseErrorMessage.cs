using System.CommandLine;
using System.CommandLine.Parsing;

namespace Hls4Net.Cli;

/// <summary>
/// Turns System.CommandLine's parse errors into one readable line that names the option or argument at fault
/// and points to the command's --help.
/// </summary>
public static class ParseErrorMessage
{
    public static string For(ParseResult parse)
    {
        var error = parse.Errors[0];
        var message = string.Join(" ", error.Message.Split(['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        var name = SymbolName(error.SymbolResult);
        if (name is not null && !message.Contains(name, StringComparison.Ordinal)) message = $"{name}: {message}";
        return $"{message} (see '{CommandPath(parse)} --help')";
    }

    private static string? SymbolName(SymbolResult? result) => result switch
    {
        OptionResult o => o.Option.Name,
        ArgumentResult { Parent: OptionResult o } => o.Option.Name,
        ArgumentResult a => $"<{a.Argument.Name}>",
        _ => null,
    };

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? r = parse.CommandResult; r is not null; r = r.Parent)
        {
            if (r is CommandResult c) names.Insert(0, c.Command is RootCommand ? "hls4net" : c.Command.Name);
        }
        return string.Join(" ", names);
    }
}
