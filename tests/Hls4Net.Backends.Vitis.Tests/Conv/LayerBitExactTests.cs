namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>
/// Emulator kernels vs g++ C simulation of the emitted nnet kernels, on random shapes, strides, padding, dilation
/// and types (including narrow saturating/wrapping accumulators): zero mismatches allowed.
/// </summary>
public class LayerBitExactTests : IClassFixture<LayerBitExactFixture>
{
    private readonly LayerBitExactFixture _fixture;

    public LayerBitExactTests(LayerBitExactFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("conv")]
    [InlineData("pool")]
    [InlineData("layout")]
    [InlineData("merge")]
    public void Emulator_matches_cpp_bit_for_bit(string family)
    {
        var stats = _fixture.Families[family];
        Assert.True(stats.Cases >= 10 && stats.Values > 1000, $"only {stats.Cases} {family} cases, {stats.Values} values");
        Assert.True(stats.Mismatches.Count == 0,
            $"{stats.Mismatches.Count} mismatches of {stats.Values} values; first:\n{string.Join("\n", stats.Mismatches.Take(10))}");
    }

    [Fact]
    public void Random_convolutions_exercise_accumulator_overflow()
    {
        // The narrow saturating/wrapping accumulators must actually overflow, or the test would not check them.
        Assert.True(_fixture.Families["conv"].Overflows > 100, $"only {_fixture.Families["conv"].Overflows} overflows");
    }
}
