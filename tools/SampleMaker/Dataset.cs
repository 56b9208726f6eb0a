namespace Hls4Net.SampleMaker;

/// <summary>Samples (inputs rounded to float32, as the exported model sees them) and their target vectors.</summary>
internal sealed record Dataset(double[][] X, double[][] Y)
{
    public int Count => X.Length;

    /// <summary>Jet-tagging-like: 5 classes, 16 features, each class a Gaussian blob around a random centre.</summary>
    public static Dataset Jets(SplitMix64 rng, int count, double[][] centres)
    {
        var x = new double[count][];
        var y = new double[count][];
        for (var n = 0; n < count; n++)
        {
            var k = rng.Next(centres.Length);
            x[n] = centres[k].Select(c => (double)(float)(c + 0.7 * rng.Normal())).ToArray();
            y[n] = new double[centres.Length];
            y[n][k] = 1;
        }
        return new Dataset(x, y);
    }

    public static double[][] JetCentres(SplitMix64 rng) =>
        Enumerable.Range(0, 5).Select(_ => Enumerable.Range(0, 16).Select(_ => rng.Uniform(-1, 1)).ToArray()).ToArray();

    /// <summary>8 features with different offsets and scales, 3 independent yes/no labels (multi-label).</summary>
    public static Dataset Tiny(SplitMix64 rng, int count)
    {
        var x = new double[count][];
        var y = new double[count][];
        for (var n = 0; n < count; n++)
        {
            var v = Enumerable.Range(0, 8).Select(i => (double)(float)(0.5 * i - 1 + (1 + 0.25 * i) * rng.Normal())).ToArray();
            x[n] = v;
            y[n] =
            [
                v[0] + 0.5 * v[1] > -0.5 ? 1 : 0,
                (v[2] - 0) * (v[3] - 0.5) > 0 ? 1 : 0,
                Math.Abs(v[4] - 1) > 1.2 ? 1 : 0,
            ];
        }
        return new Dataset(x, y);
    }
}
