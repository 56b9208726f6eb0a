using Hls4Net.TestSupport;
using Xunit.Abstractions;

namespace Hls4Net.Frontends.Tests.Readme;

/// <summary>The README lists the ops each frontend supports exactly as the mapper registrations say.</summary>
public sealed class SupportedOpsReadmeTests
{
    private readonly ITestOutputHelper _output;

    public SupportedOpsReadmeTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void ReadmeSupportedOpsSection_MatchesTheMapperRegistrations()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        var expected = SupportedOpsSection.Expected();
        var start = readme.IndexOf(SupportedOpsSection.Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(SupportedOpsSection.End, StringComparison.Ordinal);
        var actual = start < 0 || end < start ? "(section markers not found)" : readme[start..(end + SupportedOpsSection.End.Length)];
        if (actual != expected) _output.WriteLine("README.md 'Supported ops' is stale; replace the section between the markers with:\n\n" + expected);
        Assert.True(actual == expected, "README.md 'Supported ops' is stale; the test output shows the expected text:\n" + expected);
    }

    [Fact]
    public void TheListNamesOpsTheImportersReallyTake()
    {
        var text = SupportedOpsSection.Expected();
        foreach (var op in new[] { "`Conv`", "`BatchNormalization`", "`Unsqueeze`", "`Gather`", "`Dense`", "`Conv2D`" }) Assert.Contains(op, text);
    }
}
