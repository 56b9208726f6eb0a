using Hls4Net.Verification;

namespace Hls4Net.Cli.Tests.Verdicts;

/// <summary>
/// BitExactComparer must fail on every kind of disagreement: one LSB, a missing sample, an extra column, NaN. The
/// positive control (identical rows) passes, so a comparator that always said "not bit-exact" fails too.
/// </summary>
public sealed class BitExactComparerNegativeTests
{
    [Fact]
    public void IdenticalRowsAreBitExact()
    {
        var (_, result) = EmulatedSamples.Run();
        var report = new BitExactComparer().Compare(result, EmulatedSamples.Rows(result));
        Assert.True(report.AllBitExact, report.FirstMismatch);
        Assert.Equal(6, report.BitExactSamples);
        Assert.Null(report.FirstMismatch);
    }

    [Fact]
    public void OneLsbInOneValueFailsThatSampleOnly()
    {
        var (_, result) = EmulatedSamples.Run();
        var rows = EmulatedSamples.Rows(result);
        var emulated = rows[2][1];
        rows[2][1] += EmulatedSamples.Lsb(result);
        var report = new BitExactComparer().Compare(result, rows);
        Assert.False(report.AllBitExact);
        Assert.Equal(5, report.BitExactSamples);
        Assert.Equal(1, report.MismatchedValues);
        Assert.StartsWith($"sample 3, output column 2: emulator {emulated:R} (raw ", report.FirstMismatch);
        Assert.EndsWith($"C simulation {rows[2][1]:R}", report.FirstMismatch);
    }

    [Fact]
    public void AMissingSampleFailsEverySample()
    {
        var (_, result) = EmulatedSamples.Run();
        var rows = EmulatedSamples.Rows(result);
        rows.RemoveAt(4);
        var report = new BitExactComparer().Compare(result, rows);
        Assert.False(report.AllBitExact);
        Assert.Equal(0, report.BitExactSamples);
        Assert.Equal("C simulation produced 5 samples, the emulator 6", report.FirstMismatch);
    }

    [Fact]
    public void AnExtraColumnFailsThatSample()
    {
        var (_, result) = EmulatedSamples.Run();
        var rows = EmulatedSamples.Rows(result);
        var width = rows[0].Length;
        rows[0] = [.. rows[0], 0.0];
        var report = new BitExactComparer().Compare(result, rows);
        Assert.False(report.AllBitExact);
        Assert.Equal(5, report.BitExactSamples);
        Assert.Equal($"sample 1: C simulation printed {width + 1} values, expected {width}", report.FirstMismatch);
    }

    [Fact]
    public void AMissingColumnFailsThatSample()
    {
        var (_, result) = EmulatedSamples.Run();
        var rows = EmulatedSamples.Rows(result);
        rows[5] = rows[5][..^1];
        var report = new BitExactComparer().Compare(result, rows);
        Assert.Equal(5, report.BitExactSamples);
        Assert.StartsWith($"sample 6, output column {rows[0].Length}: emulator", report.FirstMismatch);
        Assert.EndsWith("C simulation NaN", report.FirstMismatch);
    }

    [Fact]
    public void NaNIsNeverBitExact()
    {
        var (_, result) = EmulatedSamples.Run();
        var rows = EmulatedSamples.Rows(result);
        rows[1][0] = double.NaN;
        var report = new BitExactComparer().Compare(result, rows);
        Assert.False(report.AllBitExact);
        Assert.Equal(5, report.BitExactSamples);
        Assert.StartsWith("sample 2, output column 1: emulator", report.FirstMismatch);
        Assert.EndsWith("C simulation NaN", report.FirstMismatch);
    }

    [Fact]
    public void AValueBetweenTwoCodesOfTheTypeIsNotBitExact()
    {
        var (_, result) = EmulatedSamples.Run();
        var rows = EmulatedSamples.Rows(result);
        rows[0][0] += EmulatedSamples.Lsb(result) / 4; // not a value of the output type at all
        var report = new BitExactComparer().Compare(result, rows);
        Assert.Equal(5, report.BitExactSamples);
        Assert.StartsWith("sample 1, output column 1:", report.FirstMismatch);
    }
}
