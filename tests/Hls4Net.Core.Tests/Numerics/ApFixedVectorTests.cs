using System.Globalization;
using System.Numerics;
using Hls4Net.Core.Numerics;
using Hls4Net.TestSupport;

namespace Hls4Net.Core.Tests.Numerics;

/// <summary>The 40 normative vectors of ap-fixed-semantics.md section 8, read from the shared CSV.</summary>
public sealed class ApFixedVectorTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var row in Rows())
            data.Add(row[0]);
        return data;
    }

    [SharedModelFact]
    public void CsvHasFortyVectors() => Assert.Equal(40, Rows().Count);

    [SharedModelTheory]
    [MemberData(nameof(Ids))]
    public void VectorMatches(string id)
    {
        var r = Rows().Single(x => x[0] == id);
        var type = new FixedType(Int(r[3]), Int(r[4]), r[2] == "ap_fixed", Q(r[5]), O(r[6]), Int(r[7]));
        double input = Dbl(r[1]);
        long expectedRaw = long.Parse(r[9], CultureInfo.InvariantCulture);
        double expected = Dbl(r[8]);

        long raw = FixedMath.FromDouble(input, type);
        Assert.Equal(expectedRaw, raw);
        Assert.Equal((BigInteger)expectedRaw, FixedMath.FromDoubleBig(input, type, out _));
        Assert.Equal(expected, FixedMath.ToDouble(raw, type.FracBits));
        Assert.Equal(type, FixedType.Parse(type.ToString()));
    }

    internal static List<string[]> Rows()
    {
        var lines = File.ReadAllLines(RepoPaths.SharedFile("docs/ap-fixed-vectors.csv"));
        Assert.Equal("id,input,kind,W,I,Q,O,N,result,raw", lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static double Dbl(string s) => s.Trim().ToLowerInvariant() switch
    {
        "inf" or "+inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(s, CultureInfo.InvariantCulture),
    };

    private static QuantMode Q(string s) => FixedType.Parse($"ap_fixed<8,4,{s}>").Quant;

    private static OverflowMode O(string s) => FixedType.Parse($"ap_fixed<8,4,AP_TRN,{s}>").Overflow;
}
