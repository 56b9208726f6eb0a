using System.CommandLine;
using Hls4Net.Cli.Commands;

namespace Hls4Net.Cli.Tests.Contract;

/// <summary>The hls4net subcommands as the CLI builds them.</summary>
internal static class CommandNames
{
    public static IReadOnlyList<Command> Commands() =>
        new CommandSet(new CommandRunner(new GlobalOptions(), TextWriter.Null, TextWriter.Null)).Create().ToList();

    public static IReadOnlyList<string> All => Commands().Select(c => c.Name).ToList();
}
