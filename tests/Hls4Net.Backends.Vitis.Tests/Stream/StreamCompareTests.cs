using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;
using Hls4Net.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Stream;

/// <summary>
/// Issue 20 item 2: the comparison behind <see cref="StreamCheck"/> (<see cref="CsimFlow.CompareRaw"/>) fails on a
/// one-LSB change, a missing or extra value and NaN, so a passing stream test means the bits agree.
/// </summary>
public sealed class StreamCompareTests
{
    private static readonly FixedType Data = new(16, 6, true);

    /// <summary>The emulator's result of a Relu over 4 values for two samples, and the same values as C simulation prints them.</summary>
    private static (InterpreterResult Emulated, List<double[]> Printed) Reference()
    {
        var g = new Graph("relu");
        var x = new Value("x", new Shape(4)) { Type = Data };
        g.Inputs.Add(x);
        var n = g.Add("relu", new ActivationOp(ActivationKind.Relu), x);
        n.Output.Type = Data;
        g.Outputs.Add(n.Output);
        double[] inputs = [0.5, -1.25, 3.875, 0.0009765625, 7.5, -2.0, 0.25, 1.0];
        var emulated = new Interpreter(StandardOps.Create().Kernels()).Run(g, [inputs], 2);
        // Relu by hand: negatives become 0, the rest are exact values of ap_fixed<16,6>.
        return (emulated, [[0.5, 0.0, 3.875, 0.0009765625], [7.5, 0.0, 0.25, 1.0]]);
    }

    [Fact]
    public void Identical_bits_compare_equal()
    {
        var (emulated, printed) = Reference();
        var r = CsimFlow.CompareRaw(emulated, printed, 2);
        Assert.Equal(0, r.Mismatches);
        Assert.Null(r.First);
    }

    [Theory]
    [InlineData(0, 0, 0.5 + 1.0 / 1024, "sample 0, output 0: emulator raw 512 (ap_fixed<16,6>), C simulation 0.5009765625")]
    [InlineData(1, 3, 1.0 - 1.0 / 1024, "sample 1, output 3: emulator raw 1024 (ap_fixed<16,6>), C simulation 0.9990234375")]
    [InlineData(0, 1, -1.0 / 1024, "sample 0, output 1: emulator raw 0 (ap_fixed<16,6>), C simulation -0.0009765625")]
    [InlineData(1, 2, double.NaN, "sample 1, output 2: emulator raw 256 (ap_fixed<16,6>), C simulation NaN")]
    public void One_changed_lsb_or_nan_is_one_mismatch(int sample, int column, double value, string first)
    {
        var (emulated, printed) = Reference();
        printed[sample][column] = value;
        var r = CsimFlow.CompareRaw(emulated, printed, 2);
        Assert.Equal(1, r.Mismatches);
        Assert.Equal(first, r.First);
    }

    [Fact]
    public void A_missing_value_an_extra_value_or_a_missing_sample_fails()
    {
        var (emulated, printed) = Reference();
        printed[0] = printed[0][..3];
        var r = CsimFlow.CompareRaw(emulated, printed, 2);
        Assert.Equal(2, r.Mismatches); // the missing value, and the count
        Assert.Equal("sample 0, output 3: emulator raw 1 (ap_fixed<16,6>), C simulation NaN", r.First);

        (emulated, printed) = Reference();
        printed[1] = [.. printed[1], 0.0];
        r = CsimFlow.CompareRaw(emulated, printed, 2);
        Assert.Equal(1, r.Mismatches);
        Assert.Equal("sample 1: C simulation printed 5 values, expected 4", r.First);

        (emulated, printed) = Reference();
        r = CsimFlow.CompareRaw(emulated, printed[..1], 2);
        Assert.Equal(2, r.Mismatches);
        Assert.Equal("C simulation gave 1 samples", r.First);
    }
}
