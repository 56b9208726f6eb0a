using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Contract;

/// <summary>Every command's --help works, lists every option and documents its exit codes.</summary>
public sealed class HelpContractTests
{
    public static TheoryData<string> Commands() => new(CommandNames.All);

    [Theory]
    [MemberData(nameof(Commands))]
    public void HelpListsEveryOptionAndTheExitCodes(string name)
    {
        var run = CliRun.Of(name, "--help");
        Assert.True(run.Code == 0, run.ToString());
        Assert.Matches($@"Usage:\s+\S+ {name} ", run.Out); // the root's name is the executable's (testhost here)
        var command = CommandNames.Commands().Single(c => c.Name == name);
        foreach (var option in command.Options) Assert.Contains(option.Name, run.Out);
        foreach (var global in new[] { "--verbose", "--quiet", "--help" }) Assert.Contains(global, run.Out);
        Assert.Contains("Exit codes:", run.Out);
        foreach (var code in new[] { "0", "1", "2", "6" }) Assert.Matches($@"Exit codes:.*\b{code} ", run.Out.ReplaceLineEndings(" "));
        if (name is "verify") foreach (var code in new[] { "3", "4", "5" }) Assert.Matches($@"Exit codes:.*\b{code} ", run.Out.ReplaceLineEndings(" "));
        if (name is "csim") Assert.Matches(@"Exit codes:.*\b4 ", run.Out.ReplaceLineEndings(" "));
        if (name is "build") foreach (var code in new[] { "9", "10" }) Assert.Matches($@"Exit codes:.*\b{code} ", run.Out.ReplaceLineEndings(" "));
        Assert.Equal("", run.Err);
    }

    [Fact]
    public void RootHelpListsEveryCommandAndEveryExitCode()
    {
        var run = CliRun.Of("--help");
        Assert.Equal(0, run.Code);
        foreach (var name in CommandNames.All) Assert.Contains(name, run.Out);
        foreach (var code in Enumerable.Range(0, 7)) Assert.Contains($"{code} ", run.Out[run.Out.IndexOf("Exit codes:", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void TheReadmeDocumentsTheSameExitCodesAsExitCodes()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "README.md"));
        foreach (var field in typeof(ExitCodes).GetFields())
        {
            Assert.Contains($"| {field.GetValue(null)} |", readme);
        }
    }
}
