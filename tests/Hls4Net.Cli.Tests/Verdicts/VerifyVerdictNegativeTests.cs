using Hls4Net.Verification;

namespace Hls4Net.Cli.Tests.Verdicts;

/// <summary>
/// The verify gate on injected disagreements between the emulator and a reference: one LSB, a missing sample, an extra
/// column, NaN; every exit code of the verdict (0, 3, 4, 5) with its line. The reference here is the emulator's own
/// output with the injected change, so every expected figure follows from the injection.
/// </summary>
public sealed class VerifyVerdictNegativeTests
{
    [Fact]
    public void OneLsbAboveAToleranceOfZeroIsExit3AndNamesBothFigures()
    {
        var (actual, expected, size, lsb) = Outputs();
        expected[4] += lsb;
        var errors = ErrorStatistics.Compare("y", size, actual, expected);
        Assert.Equal(lsb, errors.MaxAbsError);
        Assert.Equal(lsb / actual.Length, errors.MeanAbsError, 15);

        var verdict = VerifyVerdict.Evaluate([errors], null, 0, ToleranceMode.MaxAbs);
        Assert.False(verdict.Pass);
        Assert.Equal(ExitCodes.ToleranceExceeded, verdict.ExitCode);
        Assert.Equal($"FAIL: max abs error {lsb.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)} > 0", verdict.Line);

        var atLsb = VerifyVerdict.Evaluate([errors], null, lsb, ToleranceMode.MaxAbs);
        Assert.Equal(ExitCodes.Ok, atLsb.ExitCode); // the control: the same error at a tolerance of one LSB passes
        Assert.StartsWith("PASS: max abs error", atLsb.Line);
    }

    [Fact]
    public void AFlippedArgmaxFailsTheArgmaxGateWithExit3()
    {
        var (actual, expected, size, _) = Outputs();
        // Make sample 1's reference pick another class: raise its smallest value far above the rest.
        var row = expected.AsSpan(0, size);
        var argmax = ErrorStatistics.Argmax(row);
        var other = (argmax + 1) % size;
        row[other] = row[argmax] + 1;
        var errors = ErrorStatistics.Compare("y", size, actual, expected);
        var samples = actual.Length / size;
        Assert.Equal((samples - 1) / (double)samples, errors.ArgmaxAgreement);

        var verdict = VerifyVerdict.Evaluate([errors], null, 1.0, ToleranceMode.Argmax);
        Assert.Equal(ExitCodes.ToleranceExceeded, verdict.ExitCode);
        Assert.StartsWith("FAIL: argmax agreement 0.833333 < 1", verdict.Line);
    }

    [Fact]
    public void AMissingSampleInTheReferenceIsAnErrorNamingTheOutput()
    {
        var (actual, expected, size, _) = Outputs();
        var e = Assert.Throws<ArgumentException>(() => ErrorStatistics.Compare("y", size, actual, expected[..^size]));
        Assert.Equal($"output 'y': {actual.Length} values against {actual.Length - size}", e.Message);
    }

    [Fact]
    public void AnExtraColumnInTheReferenceIsAnError()
    {
        var (actual, expected, size, _) = Outputs();
        Assert.Throws<ArgumentException>(() => ErrorStatistics.Compare("y", size, actual, [.. expected, 0.5]));
    }

    [Theory]
    [InlineData(double.NaN, null)]
    [InlineData(double.NaN, 1e9)]
    [InlineData(double.PositiveInfinity, null)]
    [InlineData(double.NegativeInfinity, 1e9)]
    public void NaNOrInfinityInTheReferenceNeverPassesEvenWithoutATolerance(double bad, double? tolerance)
    {
        var (actual, expected, size, _) = Outputs();
        expected[2] = bad;
        var errors = ErrorStatistics.Compare("y", size, actual, expected);
        var verdict = VerifyVerdict.Evaluate([errors], null, tolerance, ToleranceMode.MaxAbs);
        Assert.False(verdict.Pass);
        Assert.Equal(ExitCodes.ToleranceExceeded, verdict.ExitCode);
        Assert.EndsWith(": the emulator or the float reference produced NaN or ±inf", verdict.Line);
    }

    [Fact]
    public void NaNInTheReferenceFailsTheArgmaxGateToo()
    {
        var (actual, expected, size, _) = Outputs();
        expected[0] = double.NaN; // argmax skips a NaN, so agreement alone could still be 1
        var errors = ErrorStatistics.Compare("y", size, actual, expected);
        var verdict = VerifyVerdict.Evaluate([errors], null, 0.0, ToleranceMode.Argmax);
        Assert.Equal(ExitCodes.ToleranceExceeded, verdict.ExitCode);
        Assert.StartsWith("FAIL: max abs error NaN", verdict.Line);
    }

    [Fact]
    public void NotBitExactAloneIsExit4AndQuotesTheFirstDifference()
    {
        var (result, rows) = OneLsbOffCsim();
        var report = new BitExactComparer().Compare(result, rows);
        var (actual, _, size, _) = Outputs();
        var errors = ErrorStatistics.Compare("y", size, actual, actual);
        var verdict = VerifyVerdict.Evaluate([errors], report, null, ToleranceMode.MaxAbs);
        Assert.Equal(ExitCodes.NotBitExact, verdict.ExitCode);
        Assert.Matches(@"^FAIL: max abs error 0, argmax agreement 1 \(no --tolerance gate\), 5/6 samples bit-exact \(first difference: sample 4, output column 3: .*\)$", verdict.Line);
    }

    [Fact]
    public void ToleranceAndBitExactnessBothFailingIsExit5()
    {
        var (result, rows) = OneLsbOffCsim();
        var report = new BitExactComparer().Compare(result, rows);
        var (actual, expected, size, lsb) = Outputs();
        expected[0] += 3 * lsb;
        var verdict = VerifyVerdict.Evaluate([ErrorStatistics.Compare("y", size, actual, expected)], report, lsb, ToleranceMode.MaxAbs);
        Assert.Equal(ExitCodes.ToleranceAndBitExactness, verdict.ExitCode);
        Assert.StartsWith("FAIL: max abs error ", verdict.Line);
        Assert.Contains(" > ", verdict.Line);
        Assert.Contains(", 5/6 samples bit-exact (first difference: sample 4, output column 3:", verdict.Line);
    }

    [Fact]
    public void BitExactAndWithinToleranceIsExit0()
    {
        var (result, _) = OneLsbOffCsim();
        var report = new BitExactComparer().Compare(result, EmulatedSamples.Rows(result));
        var (actual, _, size, _) = Outputs();
        var verdict = VerifyVerdict.Evaluate([ErrorStatistics.Compare("y", size, actual, actual)], report, 0, ToleranceMode.MaxAbs);
        Assert.True(verdict.Pass);
        Assert.Equal(ExitCodes.Ok, verdict.ExitCode);
        Assert.Equal("PASS: max abs error 0 <= 0, 6/6 samples bit-exact", verdict.Line);
    }

    [Fact]
    public void ACsimRunWithNoSamplesIsNeverBitExact()
    {
        var report = new BitExactReport(0, 0, 0, null);
        var (actual, _, size, _) = Outputs();
        var verdict = VerifyVerdict.Evaluate([ErrorStatistics.Compare("y", size, actual, actual)], report, null, ToleranceMode.MaxAbs);
        Assert.Equal(ExitCodes.NotBitExact, verdict.ExitCode);
    }

    private static (double[] Actual, double[] Expected, int Size, double Lsb) Outputs()
    {
        var (_, result) = EmulatedSamples.Run();
        var actual = result.Outputs[0].ToDoubles();
        return (actual, actual.ToArray(), result.Outputs[0].SampleSize, EmulatedSamples.Lsb(result));
    }

    private static (Hls4Net.Emulation.InterpreterResult Result, List<double[]> Rows) OneLsbOffCsim()
    {
        var (_, result) = EmulatedSamples.Run();
        var rows = EmulatedSamples.Rows(result);
        rows[3][2] -= EmulatedSamples.Lsb(result);
        return (result, rows);
    }
}
