using Hls4Net.Backends.Vitis.Tests.Conv;
using Hls4Net.TestSupport;
using Xunit.Abstractions;

namespace Hls4Net.Backends.Vitis.Tests.Stream;

/// <summary>
/// io_stream kernels (conv, depthwise, pooling, padding, crop, transpose, upsample, concatenate, merges) vs the
/// emulator on random layers at every precision: saturating and rounding results, narrow accumulators ≠ result,
/// every Q/O mode, N &gt; 0, unsigned types, I ≤ 0 and I ≥ W. Zero mismatches allowed; seed and counts are printed.
/// </summary>
[StartsFirst(1)]
public sealed class StreamLayerBitExactTests : IClassFixture<StreamLayerBitExactFixture>
{
    private readonly StreamLayerBitExactFixture _fixture;
    private readonly ITestOutputHelper _output;

    public StreamLayerBitExactTests(StreamLayerBitExactFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Theory]
    [InlineData("conv")]
    [InlineData("conv-stored")]
    [InlineData("pool")]
    [InlineData("layout")]
    [InlineData("merge")]
    public void Stream_kernels_match_the_emulator_bit_for_bit(string family)
    {
        _fixture.Families[family].AssertBitExact($"io_stream seed {StreamLayerBitExactFixture.Seed}", family, _output);
    }

    [Fact]
    public void Stream_convolutions_exercise_accumulator_overflow() =>
        Assert.True(_fixture.Families["conv"].Overflows > 100, $"only {_fixture.Families["conv"].Overflows} overflows");

    [Fact]
    public void Stream_cases_cover_the_whole_precision_space() =>
        LayerCoverageCheck.Assert(_fixture.Cases, $"io_stream seed {StreamLayerBitExactFixture.Seed}", _output);
}
