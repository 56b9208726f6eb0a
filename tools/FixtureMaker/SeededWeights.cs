using Hls4Net.Core.Data;

namespace Hls4Net.FixtureMaker;

/// <summary>Seeded weights: N(0, 1/fan_in) values rounded to multiples of 2^-8 (exact in float32 and in the JSON/H5).</summary>
internal sealed class SeededWeights
{
    private readonly SeededNormalSource _source;

    public SeededWeights(long seed) => _source = new SeededNormalSource(seed);

    public float[] Next(int count, int fanIn, double gain = 1.5)
    {
        var scale = gain / Math.Sqrt(fanIn);
        var values = new float[count];
        for (var i = 0; i < count; i++) values[i] = (float)(Math.Round(_source.NextNormal() * scale * 256) / 256);
        return values;
    }
}
