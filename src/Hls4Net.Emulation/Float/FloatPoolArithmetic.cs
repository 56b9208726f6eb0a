using Hls4Net.Emulation.Loops;

namespace Hls4Net.Emulation.Float;

/// <summary>Pooling arithmetic of the float reference: the largest tap value, or the taps' sum divided by the count, in double.</summary>
internal struct FloatPoolArithmetic : IPoolArithmetic
{
    private readonly double[] _x;
    private readonly double[] _res;
    private readonly int _channels;

    public FloatPoolArithmetic(double[] x, double[] res, int channels)
    {
        _x = x;
        _res = res;
        _channels = channels;
    }

    /// <summary>Offset of the current sample in the input.</summary>
    public int InputOffset { get; set; }

    /// <summary>Offset of the current sample in the result.</summary>
    public int OutputOffset { get; set; }

    public readonly void Max(int output, List<int> taps, int channel)
    {
        var r = double.NegativeInfinity;
        foreach (var t in taps) r = Math.Max(r, _x[InputOffset + t * _channels + channel]);
        _res[OutputOffset + output] = r;
    }

    public readonly void Average(int output, List<int> taps, int channel, int count)
    {
        var r = 0.0;
        foreach (var t in taps) r += _x[InputOffset + t * _channels + channel];
        _res[OutputOffset + output] = r / count;
    }
}
