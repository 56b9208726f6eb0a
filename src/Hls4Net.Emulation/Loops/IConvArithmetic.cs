namespace Hls4Net.Emulation.Loops;

/// <summary>
/// The arithmetic of one convolution sample, driven by <see cref="ConvLoop"/>: fixed point (bit-accurate stores) or
/// double (the float reference). Indices are within the current sample's input, the weights, and the sample's output.
/// </summary>
/// <typeparam name="TAcc">The accumulator (a raw code, a double, ...).</typeparam>
public interface IConvArithmetic<TAcc>
{
    /// <summary><c>acc = bias[co]</c>.</summary>
    TAcc Begin(int outChannel);

    /// <summary><c>acc += x[input] * w[weight]</c>.</summary>
    TAcc Accumulate(TAcc acc, int input, int weight);

    /// <summary><c>res[output] = acc</c>.</summary>
    void End(int output, TAcc acc);
}
