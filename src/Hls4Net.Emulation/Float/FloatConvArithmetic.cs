using Hls4Net.Emulation.Loops;

namespace Hls4Net.Emulation.Float;

/// <summary>Convolution arithmetic of the float reference: <c>acc = bias[co]</c>, <c>acc += x*w</c> and <c>res = acc</c> in double.</summary>
internal struct FloatConvArithmetic : IConvArithmetic<double>
{
    private readonly double[] _x;
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly double[] _res;

    public FloatConvArithmetic(double[] x, float[] weights, float[] bias, double[] res)
    {
        _x = x;
        _weights = weights;
        _bias = bias;
        _res = res;
    }

    /// <summary>Offset of the current sample in the input.</summary>
    public int InputOffset { get; set; }

    /// <summary>Offset of the current sample in the result.</summary>
    public int OutputOffset { get; set; }

    public readonly double Begin(int outChannel) => _bias[outChannel];

    public readonly double Accumulate(double acc, int input, int weight) => acc + _x[InputOffset + input] * _weights[weight];

    public readonly void End(int output, double acc) => _res[OutputOffset + output] = acc;
}
