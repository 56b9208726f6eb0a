using Hls4Net.Cli.Verify;

namespace Hls4Net.Cli.Tests.Verify;

/// <summary>
/// Issue 10: verify said PASS with an argmax agreement of 0.18 because no --tolerance was given. Without a gate a
/// classifier still fails below <see cref="VerifyVerdict.ArgmaxFloor"/>.
/// </summary>
public sealed class VerifyArgmaxFloorTests
{
    [Fact]
    public void NearRandomAgreementWithoutToleranceFails()
    {
        var verdict = VerifyVerdict.Evaluate([new OutputError("y", 10, 0.9, 0.1, 0.18)], null, null, ToleranceMode.MaxAbs);

        Assert.False(verdict.Pass);
        Assert.Equal(ExitCodes.ToleranceExceeded, verdict.ExitCode);
        Assert.StartsWith("FAIL: max abs error 0.9, argmax agreement 0.18 < 0.5", verdict.Line);
    }

    [Fact]
    public void GoodAgreementOrSingleValueOutputsWithoutTolerancePass()
    {
        Assert.True(VerifyVerdict.Evaluate([new OutputError("y", 10, 0.1, 0.01, 0.997)], null, null, ToleranceMode.MaxAbs).Pass);
        Assert.True(VerifyVerdict.Evaluate([new OutputError("y", 1, 5.0, 1.0, null)], null, null, ToleranceMode.MaxAbs).Pass);
    }
}
