using System.Globalization;
using Hls4Net.Emulation;

namespace Hls4Net.Verification;

/// <summary>
/// The one check verify makes without --tolerance: a classifier output must agree with the float reference's argmax on at
/// least <see cref="Floor"/> of the samples where the reference's choice is decisive, i.e. its top value leads the
/// runner-up by more than two steps of the output's fixed-point type (closer calls cannot be resolved by the firmware and
/// are not counted). A firmware that picks another class on most clear samples does not compute the model: it cannot PASS.
/// </summary>
public static class DecisiveArgmaxFloor
{
    public const double Floor = 0.5;

    /// <summary>The verdict, turned into a failure when an output is below the floor (only when no tolerance was given).</summary>
    public static VerifyVerdict Apply(VerifyVerdict verdict, double? tolerance, IReadOnlyList<FixedTensor> emulated, IReadOnlyList<double[]> reference, IReadOnlyList<string> names)
    {
        if (tolerance is not null) return verdict;
        for (var k = 0; k < emulated.Count; k++)
        {
            var agreement = Agreement(emulated[k], reference[k], out var decisive);
            if (decisive == 0 || agreement >= Floor) continue;
            var line = $"FAIL: output '{names[k]}' picks the float reference's class on {F(agreement)} of the {decisive} samples where it is clear (< {F(Floor)}, checked even without --tolerance)";
            var code = verdict.ExitCode == VerdictCodes.NotBitExact ? VerdictCodes.ToleranceAndBitExactness : VerdictCodes.ToleranceExceeded;
            return new VerifyVerdict(false, code, line);
        }
        return verdict;
    }

    /// <summary>Argmax agreement over the decisive samples (NaN when none); single-value outputs have none.</summary>
    public static double Agreement(FixedTensor emulated, double[] reference, out int decisive)
    {
        decisive = 0;
        var size = emulated.SampleSize;
        if (size < 2) return double.NaN;
        var step = Math.ScaleB(1.0, -emulated.Type.FracBits);
        var values = emulated.ToDoubles();
        var agree = 0;
        for (var b = 0; b < emulated.Batch; b++)
        {
            var r = reference.AsSpan(b * size, size);
            var top = ErrorStatistics.Argmax(r);
            var second = double.NegativeInfinity;
            for (var i = 0; i < size; i++)
            {
                if (i != top) second = Math.Max(second, r[i]);
            }
            if (!(r[top] - second > 2 * step)) continue;
            decisive++;
            if (ErrorStatistics.Argmax(values.AsSpan(b * size, size)) == top) agree++;
        }
        return decisive == 0 ? double.NaN : (double)agree / decisive;
    }

    private static string F(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
}
