using Hls4Net.Emulation.Loops;

namespace Hls4Net.Emulation.Float;

/// <summary>Pooling arithmetic of the float reference: the largest tap value, or the taps' sum divided by the count, in double.</summary>
internal struct FloatPoolArithmetic : IPoolArithmetic
{
    private readonly double[] _x;
    private readonly double[] _res;

    public FloatPoolArithmetic(double[] x, double[] res)
    {
        _x = x;
        _res = res;
    }

    public readonly void Max(int output, List<int> taps, int first)
    {
        var r = double.NegativeInfinity;
        foreach (var t in taps) r = Math.Max(r, _x[first + t]);
        _res[output] = r;
    }

    public readonly void Average(int output, List<int> taps, int first, int count)
    {
        var r = 0.0;
        foreach (var t in taps) r += _x[first + t];
        _res[output] = r / count;
    }
}
