using Hls4Net.Cli;

namespace Hls4Net.Cli.Tests.Emulate;

public sealed class EmulationCsvTests
{
    [Fact]
    public void Rows_are_round_trip_values_joined_by_commas_one_line_each()
    {
        var output = new StringWriter();
        EmulationCsv.Write([[0.5, -1.0, 0.1], [1e-9, 1.7976931348623157E+308], []], output);
        // By hand: "R" is the shortest round-trip form; integers print without a point; exponents keep .NET's "E" spelling.
        Assert.Equal("0.5,-1,0.1\n1E-09,1.7976931348623157E+308\n\n", output.ToString());
    }
}
