using Hls4Net.TestSupport;
using Xunit.Abstractions;

namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>
/// Every merge kind, pooling variant (count_include_pad, assigned accumulator, padding on each side), concatenation
/// axis and layout layer at least once, in io_parallel and in io_stream, bit for bit against the emulator.
/// </summary>
[StartsFirst(4)]
public sealed class LayerSweepTests : IClassFixture<LayerSweepFixture>
{
    private readonly LayerSweepFixture _fixture;
    private readonly ITestOutputHelper _output;

    public LayerSweepTests(LayerSweepFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Theory]
    [InlineData("io_parallel", "merge")]
    [InlineData("io_parallel", "pool")]
    [InlineData("io_parallel", "layout")]
    [InlineData("io_stream", "merge")]
    [InlineData("io_stream", "pool")]
    [InlineData("io_stream", "layout")]
    public void Every_variant_matches_the_emulator_bit_for_bit(string io, string family)
    {
        var stats = (io == "io_stream" ? _fixture.Stream : _fixture.Parallel)[family];
        _output.WriteLine($"{io} seed {LayerSweepFixture.Seed}: {stats.Cases} {family} cases, {stats.Values} values, {stats.Mismatches.Count} mismatches");
        Assert.True(stats.Cases >= 10, $"only {stats.Cases} {family} cases");
        Assert.True(stats.Mismatches.Count == 0,
            $"{io}: {stats.Mismatches.Count} mismatches of {stats.Values} values; first:\n{string.Join("\n", stats.Mismatches.Take(10))}");
    }
}
