namespace Hls4Net.Emulation.Loops;

/// <summary>
/// The arithmetic of one pooling sample, driven by <see cref="PoolLoop"/>: fixed point or double. A tap is a spatial
/// index (ih*InW+iw); the value of channel c at tap t is input element <c>t*InC+c</c>.
/// </summary>
public interface IPoolArithmetic
{
    /// <summary><c>res[output]</c> = the largest of the taps' values of <paramref name="channel"/>.</summary>
    void Max(int output, List<int> taps, int channel);

    /// <summary><c>res[output]</c> = the sum of the taps' values of <paramref name="channel"/> divided by <paramref name="count"/>.</summary>
    void Average(int output, List<int> taps, int channel, int count);
}
