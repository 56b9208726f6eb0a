using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Tests.Numerics;

/// <summary>
/// Φ⁻¹ (the probit of ONNX-ML's PROBIT post-transform) against Python's statistics.NormalDist().inv_cdf (Wichura's
/// AS241, double precision), written here as constants.
/// </summary>
public sealed class NormalQuantileTests
{
    public static TheoryData<double, double> Quantiles => new()
    {
        { 1e-300, -37.0470962993612 },
        { 1e-100, -21.27345356096532 },
        { 1e-20, -9.262340089798405 },
        { 1e-10, -6.361340902404056 },
        { 1e-05, -4.2648907939228256 },
        { 0.001, -3.090232306167813 },
        { 0.02, -2.0537489106318225 },
        { 0.3, -0.5244005127080407 },
        { 0.4999, -0.0002506628300880075 },
        { 0.5001, 0.0002506628300880075 },
        { 0.7, 0.5244005127080407 },
        { 0.975, 1.9599639845400536 },
        { 0.999999, 4.753424308817089 },
    };

    [Theory]
    [MemberData(nameof(Quantiles))]
    public void MatchesAs241(double p, double expected)
    {
        var x = NormalQuantile.Of(p);
        Assert.True(Math.Abs(x - expected) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"Φ⁻¹({p}) = {x:R}, want {expected:R}");
    }

    [Fact]
    public void EdgesAndOutsideTheUnitInterval()
    {
        Assert.Equal(0, NormalQuantile.Of(0.5));
        Assert.Equal(double.NegativeInfinity, NormalQuantile.Of(0));
        Assert.Equal(double.PositiveInfinity, NormalQuantile.Of(1));
        Assert.True(double.IsNaN(NormalQuantile.Of(-0.1)));
        Assert.True(double.IsNaN(NormalQuantile.Of(1.1)));
        Assert.True(double.IsNaN(NormalQuantile.Of(double.NaN)));
    }

    [Fact]
    public void CdfInvertsTheQuantile()
    {
        for (var p = 0.001; p < 1; p += 0.0123) Assert.Equal(p, NormalQuantile.Cdf(NormalQuantile.Of(p)), 14);
    }
}
