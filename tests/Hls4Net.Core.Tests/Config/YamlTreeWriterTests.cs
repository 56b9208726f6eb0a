using Hls4Net.Core.Config;
using YamlDotNet.Serialization;

namespace Hls4Net.Core.Tests.Config;

/// <summary>
/// <see cref="YamlTreeWriter"/> (no reflection, for the Native AOT build) against the reference it replaced: YamlDotNet's
/// reflection serializer on the same tree, with values that need quoting, look like other types, or are awkward numbers.
/// </summary>
public sealed class YamlTreeWriterTests
{
    public static TheoryData<object> Values() => new()
    {
        "ap_fixed<16,6>", "ap_fixed<8,3,AP_RND_CONV,AP_SAT>", "", " lead", "trail ", "a: b", "#hash", "- dash", "true", "null", "~",
        "123", "1e5", "it's", "say \"hi\"", "multi\nline", "tab\there", "ünïcödé", "[x]", "{y}", "*star", "&amp", "!bang", "%pct", "@at", "`tick",
        "/work/shared/models/keras/KERAS_3layer.json", new string('x', 200) + " " + new string('y', 200),
        0, 1, -7, 1_000_000_000, long.MaxValue, 5.0, 4.5, 0.1, 0.1 + 0.2, 1e-7, 1e21, 3.3333333333333335, -0.0, double.NaN,
        double.PositiveInfinity, double.NegativeInfinity, true, false,
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void WritesWhatTheReflectionSerializerWrote(object value)
    {
        var tree = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["Top"] = value,
            ["Nested"] = new Dictionary<string, object> { ["Precision"] = new Dictionary<string, object> { ["result"] = value, ["weight"] = "ap_fixed<16,6>" }, ["ReuseFactor"] = 4 },
            ["Empty"] = new Dictionary<string, object>(),
        };

        var expected = new SerializerBuilder().Build().Serialize(tree);

        Assert.Equal(expected, YamlTreeWriter.Write(tree));
    }

    [Fact]
    public void RefusesValuesOfOtherTypes() =>
        Assert.Contains("'Odd'", Assert.Throws<ArgumentException>(() => YamlTreeWriter.Write(new Dictionary<string, object> { ["Odd"] = new List<int> { 1 } })).Message);
}
