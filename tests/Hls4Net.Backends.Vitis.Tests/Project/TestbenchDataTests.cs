using Hls4Net.Backends.Vitis.Project;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>tb_data formatting: exact round-trip values; samples and columns numbered from 1 in errors.</summary>
public sealed class TestbenchDataTests
{
    [Fact]
    public void RowsAreSpaceSeparatedRoundTripValues()
    {
        Assert.Equal("0.5 -1.25\n3 0.1\n", TestbenchData.Format([[0.5, -1.25], [3, 0.1]], 2, "inputs"));
    }

    [Fact]
    public void AShortRowNamesItsSampleFromOne()
    {
        var e = Assert.Throws<VitisBackendException>(() => TestbenchData.Format([[1, 2], [3]], 2, "inputs"));
        Assert.Equal("inputs sample 2: expected 2 values, got 1", e.Message);
    }

    [Fact]
    public void ANonFiniteValueNamesSampleAndColumnFromOne()
    {
        var e = Assert.Throws<VitisBackendException>(() => TestbenchData.Format([[1, 2], [3, double.NaN]], 2, "predictions"));
        Assert.Equal("predictions sample 2, column 2: NaN is not a finite number", e.Message);
    }
}
