using System.Globalization;

namespace Hls4Net.Verification;

/// <summary>
/// The gate: tolerance (when given) and bit-exactness (with --csim), as an exit code and one line. A NaN or infinite
/// error (the emulator or the float reference produced NaN or ±inf) always fails with exit 3, with or without --tolerance:
/// NaN never reaches a PASS.
/// </summary>
public sealed record VerifyVerdict(bool Pass, int ExitCode, string Line)
{
    public static VerifyVerdict Evaluate(IReadOnlyList<OutputError> outputs, BitExactReport? bitExact, double? tolerance, ToleranceMode mode)
    {
        var maxAbs = outputs.Select(o => o.MaxAbsError).DefaultIfEmpty(0).Max();
        if (outputs.Any(o => double.IsNaN(o.MaxAbsError))) maxAbs = double.NaN;
        var argmax = outputs.Where(o => o.ArgmaxAgreement is not null).Select(o => o.ArgmaxAgreement!.Value).DefaultIfEmpty(double.NaN).Min();
        bool toleranceFailed = false;
        string errorPart;
        if (outputs.Any(o => !double.IsFinite(o.MaxAbsError) || !double.IsFinite(o.MeanAbsError)))
        {
            toleranceFailed = true;
            errorPart = $"max abs error {F(maxAbs)}: the emulator or the float reference produced NaN or ±inf";
        }
        else if (tolerance is not { } t)
        {
            errorPart = $"max abs error {F(maxAbs)}" + (double.IsNaN(argmax) ? "" : $", argmax agreement {F(argmax)}") + " (no --tolerance gate)";
        }
        else if (mode == ToleranceMode.MaxAbs)
        {
            toleranceFailed = !(maxAbs <= t);
            errorPart = $"max abs error {F(maxAbs)} {(toleranceFailed ? ">" : "<=")} {F(t)}";
        }
        else
        {
            toleranceFailed = !(argmax >= t);
            errorPart = $"argmax agreement {F(argmax)} {(toleranceFailed ? "<" : ">=")} {F(t)}";
        }
        var bitFailed = bitExact is { AllBitExact: false };
        var bitPart = bitExact is null ? "" : $", {bitExact.BitExactSamples}/{bitExact.Samples} samples bit-exact"
            + (bitFailed && bitExact.FirstMismatch is not null ? $" (first difference: {bitExact.FirstMismatch})" : "");
        var code = (toleranceFailed, bitFailed) switch
        {
            (true, true) => VerdictCodes.ToleranceAndBitExactness,
            (true, false) => VerdictCodes.ToleranceExceeded,
            (false, true) => VerdictCodes.NotBitExact,
            _ => VerdictCodes.Pass,
        };
        return new VerifyVerdict(code == VerdictCodes.Pass, code, $"{(code == VerdictCodes.Pass ? "PASS" : "FAIL")}: {errorPart}{bitPart}");
    }

    private static string F(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}
