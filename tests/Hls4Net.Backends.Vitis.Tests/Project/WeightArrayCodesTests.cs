using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Backends.Vitis.Project;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>
/// A <see cref="WeightArray"/> whose codes are given by index (made when read, never held: a Dense layer's weights)
/// writes the same header and text file as one holding the same codes.
/// </summary>
public sealed class WeightArrayCodesTests
{
    private static readonly FixedType Type = FixedType.Parse("ap_fixed<8,3>");

    // 40 codes, more than two lines of 16: code i is 7i - 100, clamped to the raw range of ap_fixed<8,3> (-128 .. 127).
    private static long CodeOf(int i) => Math.Clamp(7L * i - 100, -128, 127);

    [Fact]
    public void Codes_given_by_index_write_the_same_header_and_text_as_held_codes()
    {
        var held = new WeightArray("w2", "weight2_t", Type, Enumerable.Range(0, 40).Select(CodeOf).ToArray());
        var byIndex = new WeightArray("w2", "weight2_t", Type, 40, CodeOf);

        Assert.Equal(40, byIndex.Length);
        Assert.Equal(held.Raw, byIndex.Raw);
        Assert.Equal(-100L, byIndex.Code(0));
        Assert.Equal(127L, byIndex.Code(39));
        var a = WeightHeaderWriter.Model(held);
        var b = WeightHeaderWriter.Model(byIndex);
        Assert.Equal(a.FromFile, b.FromFile);
        Assert.Equal(3, b.Lines.Count);
        Assert.Equal(a.Lines.ToList(), b.Lines.ToList());
        Assert.Equal(Text(a), Text(b));
        Assert.StartsWith("-3.125, -2.90625, ", Text(b)); // -100 / 32, -93 / 32
    }

    [Fact]
    public void A_code_out_of_its_type_is_reported_for_codes_given_by_index_too()
    {
        var byIndex = new WeightArray("w2", "weight2_t", Type, 3, i => i == 2 ? 200 : 0);
        var e = Assert.Throws<VitisBackendException>(() => WeightHeaderWriter.Model(byIndex));
        Assert.Contains("raw value 200 at index 2", e.Message);
    }

    private static string Text(WeightHeaderModel header)
    {
        using var writer = new StringWriter();
        WeightHeaderWriter.WriteTextFile(header, writer);
        return writer.ToString();
    }
}
