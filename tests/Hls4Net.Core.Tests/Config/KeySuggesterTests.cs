using Hls4Net.Core.Config;

namespace Hls4Net.Core.Tests.Config;

public sealed class KeySuggesterTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ReuseFactr", "ReuseFactor", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("flaw", "lawn", 2)]
    public void LevenshteinDistance(string a, string b, int expected) => Assert.Equal(expected, KeySuggester.Distance(a, b));

    [Fact]
    public void ClosestIsCaseInsensitiveAndBounded()
    {
        var s = new KeySuggester();
        Assert.Equal("ReuseFactor", s.Closest("reusefactor", ["Precision", "ReuseFactor", "Strategy"]));
        Assert.Equal("Strategy", s.Closest("Stratgy", ["Precision", "ReuseFactor", "Strategy"]));
        Assert.Null(s.Closest("Zebra", ["Precision", "ReuseFactor", "Strategy"]));
    }
}
