using Hls4Net.Verification;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;

namespace Hls4Net.Cli.Tests.Verify;

/// <summary>
/// Issue 10: verify said PASS with an argmax agreement of 0.18 because no --tolerance was given. Without a gate a classifier
/// still fails when it picks another class than the float reference on most samples where the reference's choice is clear;
/// near ties (closer than two output steps, e.g. an untrained model's flat softmax) do not count.
/// </summary>
public sealed class DecisiveArgmaxFloorTests
{
    private static readonly FixedType Type = new(16, 6, true);
    private static readonly VerifyVerdict Pass = new(true, ExitCodes.Ok, "PASS: max abs error 0.9, argmax agreement 0 (no --tolerance gate)");

    [Fact]
    public void ClearDisagreementWithoutToleranceFails()
    {
        var emulated = Tensor([1, 0, 0], [1, 0, 0]);
        double[] reference = [0, 1, 0, 0, 0, 1];

        var verdict = DecisiveArgmaxFloor.Apply(Pass, null, [emulated], [reference], ["y"]);

        Assert.False(verdict.Pass);
        Assert.Equal(ExitCodes.ToleranceExceeded, verdict.ExitCode);
        Assert.StartsWith("FAIL: output 'y' picks the float reference's class on 0 of the 2 samples", verdict.Line);
    }

    [Fact]
    public void NearTiesAndAGivenToleranceLeaveTheVerdictAlone()
    {
        // The reference leads by 1e-4 (less than two steps of 2^-10): not a decisive sample.
        var emulated = Tensor([0.19921875, 0.2021484375, 0], [0.19921875, 0.2021484375, 0]);
        double[] reference = [0.2002, 0.2001, 0.1, 0.2002, 0.2001, 0.1];
        Assert.Same(Pass, DecisiveArgmaxFloor.Apply(Pass, null, [emulated], [reference], ["y"]));

        var wrong = Tensor([1, 0, 0], [1, 0, 0]);
        Assert.Same(Pass, DecisiveArgmaxFloor.Apply(Pass, 0.5, [wrong], [[0, 1, 0, 0, 0, 1]], ["y"]));
    }

    private static FixedTensor Tensor(params double[][] samples) =>
        new(Type, new Shape(samples[0].Length), samples.Length, samples.SelectMany(s => s.Select(v => FixedMath.FromDouble(v, Type))).ToArray());
}
