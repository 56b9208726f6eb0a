using System.Globalization;
using System.Numerics;
using System.Text;
using Hls4Net.Core.Data;

namespace Hls4Net.Core.Tests.Data;

/// <summary>
/// <see cref="DecimalCellParser"/> against the BCL: for every text, the same accept/refuse decision as
/// <c>double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, ...)</c> on the string, and the same double
/// bit for bit (so -0.0 is not 0.0). Random texts from a seeded generator, hand-picked hard cases (exact halfway points
/// between neighbouring doubles, and values just above and below them), and a check that the exact path, not the
/// fallback, converts the texts Python and numpy write.
/// </summary>
public class DecimalCellParserTests
{
    [Theory]
    // Exact halfway points between neighbouring doubles (ties go to the even mantissa) and values just beside them.
    [InlineData("9007199254740993")] // 2^53 + 1: halfway between 2^53 and 2^53 + 2, rounds down to even
    [InlineData("9007199254740995")] // rounds up to even
    [InlineData("9007199254740993.000")]
    [InlineData("9007199254740993.001")]
    [InlineData("9007199254740992.999")]
    [InlineData("9007199254740993000e-3")]
    [InlineData("9.007199254740993e15")]
    [InlineData("900719925474099.25")] // below 2^50 mantissa steps of 1/8: exact
    [InlineData("4503599627370496.5")] // 2^52 + 0.5: halfway, even is 2^52
    [InlineData("4503599627370497.5")] // halfway, even is 2^52 + 2
    [InlineData("4503599627370496.500000001")]
    [InlineData("4503599627370496.499999999")]
    [InlineData("18014398509481986")] // 2^54 + 2: halfway between 2^54 and 2^54 + 4
    [InlineData("18014398509481990")] // halfway between 2^54 + 4 and 2^54 + 8
    [InlineData("18446744073709551615")] // 2^64 - 1, 20 digits (fallback)
    [InlineData("9223372036854775807")] // 2^63 - 1, 19 digits
    [InlineData("9223372036854776832")] // 2^63 + 1024: halfway, 19 digits
    [InlineData("9223372036854776833")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("8.98846567431158e307")]
    [InlineData("1e23")]
    [InlineData("1e22")]
    [InlineData("9007199254740993e22")]
    [InlineData("1.000000000000000111022302462515654042363166809082031250")] // 1 + 2^-53, halfway, in full (fallback)
    [InlineData("1.0000000000000001110223024625156540")]
    [InlineData("1.00000000000000011102230246251565")]
    [InlineData("1.0000000000000001110")]
    [InlineData("1.0000000000000001111")]
    [InlineData("0.1")]
    [InlineData("0.30000000000000004")]
    [InlineData("-0.8426573046011479")]
    [InlineData("2.2250738585072014e-308")] // smallest normal
    [InlineData("2.2250738585072011e-308")] // subnormal
    [InlineData("4.9e-324")]
    [InlineData("2.5e-324")]
    [InlineData("1e-400")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1.2345678901234567e-27")]
    [InlineData("1.2345678901234567e-28")]
    [InlineData("1.234567890123456789e+27")]
    [InlineData("1.234567890123456789e-01")]
    [InlineData("-9.999999999999999999e-28")]
    // Zeros and how they are written.
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("+0")]
    [InlineData("0e999999")]
    [InlineData("-0e-999999")]
    [InlineData("0000000000000000000000000000000000000")]
    [InlineData("000.000123")]
    [InlineData("1.2300000000000000000000")]
    [InlineData("12300000000000000000000000000")]
    [InlineData("0.00000000000000000000000000000123")]
    [InlineData("1e0000000000000000000000005")]
    // Forms the fallback must accept or refuse, as the BCL does.
    [InlineData("+1.5")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("-.5e1")]
    [InlineData("1E+2")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1e-")]
    [InlineData("e5")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("+")]
    [InlineData("")]
    [InlineData("--1")]
    [InlineData("+-1")]
    [InlineData("1..2")]
    [InlineData("1.2.3")]
    [InlineData("1e5.5")]
    [InlineData("1e5e5")]
    [InlineData("0x10")]
    [InlineData("1,5")]
    [InlineData("1_000")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("\t1\n")]
    [InlineData("1-")]
    [InlineData("(1)")]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("-NaN")]
    [InlineData("Infinity")]
    [InlineData("-infinity")]
    [InlineData("inf")]
    [InlineData("∞")]
    [InlineData("-∞")]
    [InlineData("١")] // an Arabic-Indic digit
    [InlineData("1\u00A0")]
    public void HandPickedCasesMatchTheBcl(string text) => AssertSameAsBcl(text);

    [Fact]
    public void RandomTextsMatchTheBcl()
    {
        var random = new Random(15);
        string[] formats = ["R", "G17", "G16", "G15", "E16", "E17", "E18", "e18", "F20", "F3", "G"];
        for (var n = 0; n < 120_000; n++)
        {
            var x = (n % 3) switch
            {
                0 => Normal(random),
                1 => Normal(random) * Math.Pow(10, random.Next(-30, 31)),
                _ => RandomFiniteDouble(random),
            };
            AssertSameAsBcl(x.ToString(formats[n % formats.Length], CultureInfo.InvariantCulture));
        }
        for (var n = 0; n < 120_000; n++) AssertSameAsBcl(RandomDigitText(random));
    }

    [Fact]
    public void RandomHalfwayPointsAndTheirNeighboursMatchTheBcl()
    {
        // (2m + 1)·2^(e-1) lies halfway between the doubles m·2^e and (m + 1)·2^e (m of 53 bits). With e-1 between -4 and
        // 10 it has at most 20 significant digits, so most of these go through the exact path; the neighbours differ in the
        // 19th significant digit, and the tie must go to the even mantissa.
        var random = new Random(16);
        for (var n = 0; n < 40_000; n++)
        {
            var m = (1L << 52) | random.NextInt64(1L << 52);
            var e = random.Next(-4, 12);
            var midpoint = new BigInteger(2 * m + 1);
            var fractionDigits = e - 1 < 0 ? 1 - e : 0;
            // midpoint·2^(e-1) as an integer count of 10^-fractionDigits.
            var scaled = e - 1 >= 0 ? midpoint << (e - 1) : midpoint * BigInteger.Pow(5, fractionDigits);
            var sign = random.Next(2) == 0 ? "" : "-";
            foreach (var delta in new[] { 0, 1, -1 })
            {
                var digits = (scaled + delta).ToString(CultureInfo.InvariantCulture);
                AssertSameAsBcl(sign + WithPoint(digits, fractionDigits));
                var significant = digits.TrimEnd('0');
                AssertSameAsBcl($"{sign}{significant[0]}.{significant[1..]}e{digits.Length - 1 - fractionDigits}");
            }
            // One unit in the 19th significant digit above and below the midpoint, when the midpoint is shorter.
            var text = scaled.ToString(CultureInfo.InvariantCulture);
            if (text.Length < 19)
            {
                var pad = 19 - text.Length;
                var wide = scaled * BigInteger.Pow(10, pad);
                AssertSameAsBcl(sign + WithPoint((wide + 1).ToString(CultureInfo.InvariantCulture), fractionDigits + pad));
                AssertSameAsBcl(sign + WithPoint((wide - 1).ToString(CultureInfo.InvariantCulture), fractionDigits + pad));
            }
        }
    }

    [Fact]
    public void RandomValuesBesideHalfwayPointsMatchTheBcl()
    {
        // The 19-digit decimals just below and just above the halfway point between two neighbouring doubles, at
        // magnitudes from 1e-12 to 1e45 (decimal exponents -30 to 27). They lie within about 2^-10 of a unit in the last
        // place of the halfway point, closer than the 64-bit quotient of the division path resolves, so the rounding
        // must also look at the remainder; ties in between (when the halfway point has 19 digits or fewer) go to even.
        var random = new Random(19);
        var low = BigInteger.Pow(10, 18);
        var high = BigInteger.Pow(10, 19);
        for (var n = 0; n < 40_000; n++)
        {
            var m = (1L << 52) | random.NextInt64(1L << 52);
            var e = random.Next(-92, 98);
            // The halfway point (2m + 1)·2^(e-1) = numerator / denominator.
            var numerator = new BigInteger(2 * m + 1);
            var denominator = BigInteger.One;
            if (e >= 1) numerator <<= e - 1;
            else denominator <<= 1 - e;
            // Decimal exponent q with floor(halfway / 10^q) of 19 digits.
            var q = (int)Math.Floor(BigInteger.Log10(numerator) - BigInteger.Log10(denominator)) - 18;
            BigInteger Scaled(int exponent) => exponent >= 0 ? numerator / (denominator * BigInteger.Pow(10, exponent)) : numerator * BigInteger.Pow(10, -exponent) / denominator;
            while (Scaled(q) >= high) q++;
            while (Scaled(q) < low) q--;
            var below = Scaled(q);
            var sign = random.Next(2) == 0 ? "" : "-";
            AssertSameAsBcl($"{sign}{below}e{q}");
            AssertSameAsBcl($"{sign}{below + 1}e{q}");
            var above = (below + 1).ToString(CultureInfo.InvariantCulture);
            AssertSameAsBcl($"{sign}{above[0]}.{above[1..]}e{q + above.Length - 1}");
        }
    }

    [Fact]
    public void TheExactPathConvertsWhatPythonAndNumpyWrite()
    {
        // Python's repr (shortest round trip, up to 17 digits) and numpy.savetxt's default "%.18e" (19 digits) of N(0,1)
        // values: none of them may fall back to double.TryParse, or the parser would bring no speed.
        var random = new Random(17);
        for (var n = 0; n < 20_000; n++)
        {
            var x = Normal(random);
            foreach (var text in new[] { x.ToString("R", CultureInfo.InvariantCulture), x.ToString("e18", CultureInfo.InvariantCulture).Replace("e-0", "e-").Replace("e+0", "e+") })
            {
                Assert.True(DecimalCellParser.TryParseFast(Encoding.ASCII.GetBytes(text), out var value), text);
                Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
            }
        }
        Assert.True(DecimalCellParser.TryParseFast("-0.0"u8, out var zero));
        Assert.True(double.IsNegative(zero));
    }

    [Fact]
    public void TheCsvReaderUsesTheExactPathForReprText()
    {
        var random = new Random(20);
        var text = new StringBuilder();
        for (var r = 0; r < 1000; r++) text.AppendJoin(',', Enumerable.Range(0, 16).Select(_ => Normal(random).ToString("R", CultureInfo.InvariantCulture))).Append('\n');
        var before = DecimalCellParser.FallbacksOnThisThread;
        var set = new CsvSampleReader().ParseBytes(Encoding.ASCII.GetBytes(text.ToString()), "x.csv");
        Assert.Equal(1000, set.Count);
        Assert.Equal(before, DecimalCellParser.FallbacksOnThisThread);
        Assert.True(DecimalCellParser.TryParse("NaN"u8, out var nan) && double.IsNaN(nan));
        Assert.Equal(before + 1, DecimalCellParser.FallbacksOnThisThread);
    }

    [Fact]
    public void TheCsvReaderReadsRandomValuesBitForBit()
    {
        var random = new Random(18);
        var values = Enumerable.Range(0, 4000).Select(_ => Normal(random) * Math.Pow(10, random.Next(-25, 26))).ToArray();
        var text = new StringBuilder();
        for (var r = 0; r < values.Length; r += 8) text.AppendJoin(',', values.Skip(r).Take(8).Select(v => v.ToString("R", CultureInfo.InvariantCulture))).Append('\n');
        var set = new CsvSampleReader().ParseBytes(Encoding.ASCII.GetBytes(text.ToString()), "x.csv");
        Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), set.Rows.SelectMany(row => row).Select(BitConverter.DoubleToInt64Bits));
    }

    private static void AssertSameAsBcl(string text)
    {
        var expectedAccepted = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);
        var accepted = DecimalCellParser.TryParse(Encoding.UTF8.GetBytes(text), out var actual);
        Assert.True(expectedAccepted == accepted, $"'{text}': BCL {(expectedAccepted ? "accepts" : "refuses")} it");
        if (!accepted) return;
        var (e, a) = (BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
        Assert.True(e == a, $"'{text}': BCL {expected:R} (0x{e:X16}), parser {actual:R} (0x{a:X16})");
    }

    private static string WithPoint(string digits, int fractionDigits)
    {
        if (fractionDigits == 0) return digits;
        digits = digits.PadLeft(fractionDigits + 1, '0');
        return digits[..^fractionDigits] + "." + digits[^fractionDigits..];
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static double RandomFiniteDouble(Random random)
    {
        while (true)
        {
            var x = BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue));
            if (double.IsFinite(x)) return x;
        }
    }

    /// <summary>1–25 random digits, maybe a sign, maybe a point anywhere, maybe an exponent from -30 to 30 (e or E, signed or not).</summary>
    private static string RandomDigitText(Random random)
    {
        var text = new StringBuilder();
        text.Append(random.Next(4) switch { 0 => "-", 1 => "+", _ => "" });
        var count = random.Next(1, 26);
        var leadingZeros = random.Next(4) == 0 ? random.Next(1, 5) : 0;
        var trailingZeros = random.Next(4) == 0 ? random.Next(1, 8) : 0;
        var digits = new StringBuilder();
        digits.Append('0', leadingZeros);
        for (var k = 0; k < count; k++) digits.Append((char)('0' + random.Next(10)));
        digits.Append('0', trailingZeros);
        var point = random.Next(3) == 0 ? -1 : random.Next(digits.Length + 1);
        if (point >= 0) digits.Insert(point, '.');
        text.Append(digits);
        if (random.Next(2) == 0)
        {
            text.Append(random.Next(2) == 0 ? 'e' : 'E');
            var exponent = random.Next(-30, 31);
            text.Append(exponent < 0 ? "-" : random.Next(2) == 0 ? "+" : "").Append(Math.Abs(exponent));
        }
        return text.ToString();
    }
}
