using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;

namespace Hls4Net.Backends.Cpp.Tests;

public sealed class BackendSetTests
{
    private sealed class NamedBackend(string name) : IBackend
    {
        public string Name { get; } = name;

        public string Write(Graph graph, ProjectConfig config, string outputDir, bool force,
            IReadOnlyList<double[]>? testInputs, IReadOnlyList<double[]>? expectedOutputs = null, IEnumerable<string?>? otherInputs = null) =>
            throw new NotSupportedException();
    }

    private static BackendSet Set() => new BackendSet().Add("Alpha", _ => new NamedBackend("A")).Add("Beta", _ => new NamedBackend("B"));

    [Theory]
    [InlineData("Alpha", "A")]
    [InlineData("alpha", "A")]
    [InlineData("BETA", "B")]
    public void Names_are_matched_case_insensitively(string name, string expected) =>
        Assert.Equal(expected, Set().For(name).Name);

    [Fact]
    public void Each_call_makes_a_new_backend() =>
        Assert.NotSame(Set().For("Alpha"), Set().For("Alpha"));

    [Fact]
    public void An_unknown_name_lists_the_available_ones()
    {
        var e = Assert.Throws<BackendException>(() => Set().For("Quartus"));
        Assert.Equal("backend 'Quartus' is not available (available: Alpha, Beta)", e.Message);
    }

    [Fact]
    public void A_name_cannot_be_added_twice() =>
        Assert.Throws<ArgumentException>(() => Set().Add("ALPHA", _ => new NamedBackend("C")));
}
