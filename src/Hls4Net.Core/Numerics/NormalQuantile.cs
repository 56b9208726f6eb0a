namespace Hls4Net.Core.Numerics;

/// <summary>
/// The standard normal quantile Φ⁻¹(p) (the probit) to about double precision: a start from Abramowitz and Stegun
/// 26.2.23 (error below 4.5e-4), then Newton steps on Φ(x) − p, with Φ from erfc (a positive-term series below
/// z = 3, a continued fraction above). Only p ≤ 0.5 is solved; p &gt; 0.5 uses Φ⁻¹(p) = −Φ⁻¹(1 − p) (1 − p is exact).
/// </summary>
public static class NormalQuantile
{
    private const double InvSqrtPi = 0.56418958354775628694807945156077;
    private const double Sqrt2 = 1.4142135623730950488016887242097;

    /// <summary>Φ⁻¹(p): −∞ at 0, +∞ at 1, NaN outside [0, 1] and for NaN.</summary>
    public static double Of(double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 1) return double.NaN;
        if (p == 0) return double.NegativeInfinity;
        if (p == 1) return double.PositiveInfinity;
        if (p > 0.5) return -Of(1 - p);
        if (p == 0.5) return 0;
        var t = Math.Sqrt(-2 * Math.Log(p));
        var x = -(t - (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308))));
        for (var i = 0; i < 50; i++)
        {
            var density = Math.Exp(-0.5 * x * x) / (Sqrt2 / InvSqrtPi);
            if (density == 0) break;
            var step = (Cdf(x) - p) / density;
            x -= step;
            if (Math.Abs(step) <= 1e-15 * Math.Max(1, Math.Abs(x))) break;
        }
        return x;
    }

    /// <summary>Φ(x) = erfc(−x/√2) / 2.</summary>
    public static double Cdf(double x) => 0.5 * Erfc(-x / Sqrt2);

    /// <summary>erfc(z), relative error around 1e-15 for z ≥ 0.</summary>
    public static double Erfc(double z)
    {
        if (double.IsNaN(z)) return double.NaN;
        if (z < 0) return 2 - Erfc(-z);
        if (z < 3)
        {
            // erf(z) = 2/√π e^{-z²} Σ z (2z²)^n / (1·3·…·(2n+1)): every term positive.
            double term = z, sum = z, twoZ2 = 2 * z * z;
            for (var n = 1; n < 200 && term > 1e-17 * sum; n++)
            {
                term *= twoZ2 / (2 * n + 1);
                sum += term;
            }
            return 1 - 2 * InvSqrtPi * Math.Exp(-z * z) * sum;
        }
        // erfc(z) = e^{-z²}/√π · 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + …)))), evaluated from the tail.
        var f = z;
        for (var k = 80; k >= 1; k--) f = z + k / 2.0 / f;
        return InvSqrtPi * Math.Exp(-z * z) / f;
    }
}
