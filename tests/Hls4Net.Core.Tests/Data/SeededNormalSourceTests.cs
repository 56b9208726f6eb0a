using Hls4Net.Core.Data;

namespace Hls4Net.Core.Tests.Data;

/// <summary>Seeded samples come from integer arithmetic only, so every machine draws the same bits.</summary>
public sealed class SeededNormalSourceTests
{
    [Fact]
    public void WordsAreTheSplitMix64ReferenceSequence()
    {
        // Published reference outputs of SplitMix64 for seed 1234567 (Rosetta Code, "Pseudo-random numbers/Splitmix64").
        var source = new SeededNormalSource(1234567);
        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];
        foreach (var word in expected) Assert.Equal(word, source.NextUInt64());
    }

    [Fact]
    public void EachValueIsTheIrwinHallSumOfTwelveHalfWords()
    {
        var words = new SeededNormalSource(1234567);
        var normals = new SeededNormalSource(1234567);
        for (var v = 0; v < 3; v++)
        {
            System.Numerics.BigInteger sum = 0;
            for (var i = 0; i < 6; i++)
            {
                var w = words.NextUInt64();
                sum += (w >> 32) + (w & 0xFFFFFFFF);
            }
            var expected = (double)(sum - 6 * (System.Numerics.BigInteger.One << 32)) / 4294967296.0;
            Assert.Equal(expected, normals.NextNormal());
        }
    }

    [Fact]
    public void SampleSetRandomIsScaledIrwinHallRowMajor()
    {
        var source = new SeededNormalSource(17);
        var set = SampleSet.Random(3, 5, seed: 17, scale: 2);
        foreach (var row in set.Rows)
        {
            foreach (var x in row) Assert.Equal(2 * source.NextNormal(), x);
        }
    }

    [Fact]
    public void DistributionIsRoughlyStandardNormal()
    {
        var source = new SeededNormalSource(0);
        const int n = 200_000;
        double sum = 0, squares = 0, min = 0, max = 0;
        var within1 = 0;
        for (var i = 0; i < n; i++)
        {
            var x = source.NextNormal();
            sum += x;
            squares += x * x;
            min = Math.Min(min, x);
            max = Math.Max(max, x);
            if (Math.Abs(x) < 1) within1++;
        }
        var mean = sum / n;
        // Standard errors at n = 200,000: mean 0.0022, variance 0.0032, P(|x| < 1) 0.001.
        Assert.InRange(mean, -0.01, 0.01);
        Assert.InRange(squares / n - mean * mean, 0.985, 1.015);
        Assert.InRange(within1 / (double)n, 0.678, 0.688); // N(0,1): 0.6827
        Assert.InRange(min, -6, -3.5);
        Assert.InRange(max, 3.5, 6);
    }
}
