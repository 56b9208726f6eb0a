using System.Globalization;
using System.Numerics;
using System.Text;
using Hls4Net.Backends.Cpp.Code;

namespace Hls4Net.Backends.Vitis.Tests.Project;

public sealed class CppLiteralTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(1.5, "1.5")]
    [InlineData(0.0, "0.0")]
    [InlineData(-2.5e-300, "-2.5e-300")]
    [InlineData(3e38, "3e+38")]
    [InlineData(1e20, "1e+20")]
    [InlineData(1e-8, "1e-08")]
    [InlineData(123456789.0, "123456789.0")]
    public void Double_gives_a_floating_literal(double value, string expected) =>
        Assert.Equal(expected, CppLiteral.Double(value));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Double_rejects_values_without_a_literal(double value) =>
        Assert.Throws<ArgumentException>(() => CppLiteral.Double(value));

    [Theory]
    [InlineData(1, 3, "0.125")]
    [InlineData(-3, 1, "-1.5")]
    [InlineData(5, -2, "20.0")]
    [InlineData(0, 7, "0.0")]
    [InlineData(1, 10, "0.0009765625")]
    [InlineData(-1, 0, "-1.0")]
    [InlineData(409, 10, "0.3994140625")]
    public void ExactDecimal_is_the_exact_value(long raw, int frac, string expected) =>
        Assert.Equal(expected, CppLiteral.ExactDecimal(raw, frac));

    [Fact]
    public void ExactDecimal_handles_values_beyond_double_precision()
    {
        // 2^60 + 1 over 2^2: 288230376151711744.25, not a double.
        var raw = (BigInteger.One << 60) + 1;
        Assert.Equal("288230376151711744.25", CppLiteral.ExactDecimal(raw, 2));
        Assert.False(CppLiteral.IsExactDouble(raw, 2));
        Assert.True(CppLiteral.IsExactDouble(BigInteger.One << 60, 2));
        Assert.False(CppLiteral.IsExactDouble(1, 1075));
        Assert.True(CppLiteral.IsExactDouble(1, 1074));
    }

    [Fact]
    public void Literals_read_back_by_gxx_are_the_same_doubles()
    {
        var values = new List<double> { 1.0, 0.1, -2.5e-300, 3e38, 1.5, -0.5, 1e-8, 1e20, double.Epsilon, double.MaxValue, -double.MinValue, 1.0 / 3, Math.PI };
        var rng = new Random(1234);
        for (var i = 0; i < 40; i++)
        {
            // raw*2^-F for 16..53-bit raw codes and assorted F: the values weight headers contain.
            var bits = rng.Next(1, 54);
            var raw = rng.NextInt64(-(1L << (bits - 1)), 1L << (bits - 1));
            values.Add(Math.ScaleB(raw, -rng.Next(-20, 70)));
        }
        var src = new StringBuilder("#include <cstdio>\n#include <cstring>\n#include <stdint.h>\nstatic const double v[] = {\n");
        foreach (var v in values) src.Append("    ").Append(CppLiteral.Double(v)).Append(",\n");
        src.Append("};\nint main() {\n    for (unsigned i = 0; i < sizeof(v) / sizeof(v[0]); i++) {\n        uint64_t b; std::memcpy(&b, &v[i], 8);\n        std::printf(\"%llu\\n\", (unsigned long long)b);\n    }\n    return 0;\n}\n");
        using var dir = new TempDir();
        var lines = Gxx.Run(dir.Path, src.ToString()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(values.Count, lines.Length);
        for (var i = 0; i < values.Count; i++)
        {
            Assert.Equal((ulong)BitConverter.DoubleToInt64Bits(values[i]), ulong.Parse(lines[i], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Wide_fixed_initializers_hold_the_exact_raw_bits_in_ap_fixed()
    {
        // ap_fixed<64,10>: 54 fractional bits, raw codes with up to 64 significant bits (not doubles).
        long[] raws = [long.MaxValue, long.MinValue, -1, 1, (1L << 60) + 12345, -((1L << 62) + 7), 0x123456789ABCDEFL, 3];
        var src = new StringBuilder("#include <cstdio>\n#include \"ap_fixed.h\"\ntypedef ap_fixed<64,10> wide_t;\nwide_t v[] = {\n");
        foreach (var r in raws) src.Append("    ").Append(CppLiteral.FixedInitializer("wide_t", r, 54)).Append(",\n");
        src.Append("};\nint main() {\n    for (unsigned i = 0; i < sizeof(v) / sizeof(v[0]); i++) {\n        std::printf(\"%lld\\n\", (long long)v[i].range(63, 0).to_int64());\n    }\n    return 0;\n}\n");
        using var dir = new TempDir();
        var lines = Gxx.Run(dir.Path, src.ToString(), Gxx.ApTypes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(raws.Select(r => r.ToString(CultureInfo.InvariantCulture)), lines);
    }

    [Fact]
    public void Narrow_fixed_initializers_are_plain_double_literals() =>
        Assert.Equal("-0.3994140625", CppLiteral.FixedInitializer("t", -409, 10));

    [Theory]
    [InlineData(0L, 0, true)]
    [InlineData(9007199254740992L, 0, true)] // 2^53
    [InlineData(9007199254740993L, 0, false)] // 2^53 + 1: 54 significant bits
    [InlineData(-9007199254740993L, 0, false)]
    [InlineData(-4611686018427388416L, 60, false)] // -(2^53 + 1) * 2^9: still 54 significant bits
    [InlineData(long.MinValue, 0, true)] // -2^63
    [InlineData(long.MinValue, 1200, false)] // -2^-1137: below the smallest subnormal 2^-1074
    [InlineData(1L, 1074, true)] // the smallest subnormal
    [InlineData(1L, 1075, false)]
    [InlineData(1L, -1023, true)] // 2^1023
    [InlineData(1L, -1024, false)] // 2^1024 overflows
    [InlineData(3L, -1023, false)]
    public void IsExactDouble_of_64_bit_codes_matches_the_hand_count(long raw, int frac, bool expected)
    {
        Assert.Equal(expected, CppLiteral.IsExactDouble(raw, frac));
        Assert.Equal(expected, CppLiteral.IsExactDouble(new BigInteger(raw) * 4, frac + 2)); // the big-integer path agrees
    }

    [Fact]
    public void Appended_initializers_are_the_same_text_as_the_strings()
    {
        var sb = new StringBuilder("x=");
        CppLiteral.AppendFixedInitializer(sb, "t", -409L, 10);
        sb.Append(';');
        CppLiteral.AppendFixedInitializer(sb, "w_t", (1L << 60) + 1, 0);
        // hi = 2^60 (a double), lo = 1: "T(hi) + T(lo)" by hand
        Assert.Equal("x=-0.3994140625;w_t(1.152921504606847e+18) + w_t(1.0)", sb.ToString());
    }
}
