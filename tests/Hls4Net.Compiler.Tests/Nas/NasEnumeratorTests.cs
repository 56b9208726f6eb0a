using Hls4Net.Nas.Space;

namespace Hls4Net.Compiler.Tests.Nas;

public sealed class NasEnumeratorTests
{
    [Fact]
    public void EveryNumberDecodesToADifferentArchitectureInTheDocumentedOrder()
    {
        var space = NasTestSpaces.TinyMlp();
        var enumerator = new NasEnumerator(space);
        Assert.Equal((2 + 4) * 2, enumerator.Count);
        var ids = Enumerable.Range(0, (int)enumerator.Count).Select(i => enumerator.At(i).Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        // activation fastest, then the dense widths: one layer (8, 32), then two layers with the first layer fastest.
        Assert.Equal(["d8-relu", "d8-tanh", "d32-relu", "d32-tanh", "d8-8-relu", "d8-8-tanh", "d32-8-relu"], ids.Take(7));
        Assert.Equal("d32-32-tanh", ids[^1]);
    }

    [Fact]
    public void CnnArchitecturesNameTheirBlocks()
    {
        var enumerator = new NasEnumerator(NasTestSpaces.TinyCnn());
        Assert.Equal(2 * 2, enumerator.Count);
        Assert.Equal(["c4k3-relu", "c4k3-d6-relu", "c4k3max2-relu", "c4k3max2-d6-relu"], Enumerable.Range(0, 4).Select(i => enumerator.At(i).Id));
    }

    [Fact]
    public void ALargeSpaceIsSampledWithoutRepeatsFromTheSeed()
    {
        var enumerator = new NasEnumerator(NasTestSpaces.TinyMlp());
        var a = enumerator.Select(5, seed: 7);
        Assert.Equal(5, a.Count);
        Assert.Equal(5, a.Distinct().Count());
        Assert.Equal(a.Order(), a);
        Assert.All(a, i => Assert.InRange(i, 0, enumerator.Count - 1));
        Assert.Equal(a, enumerator.Select(5, seed: 7));
        Assert.NotEqual(a, enumerator.Select(5, seed: 8));
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (long)i), enumerator.Select(12, seed: 7));
        Assert.Equal(11, enumerator.Select(11, seed: 3).Distinct().Count());
    }
}
