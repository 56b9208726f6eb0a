namespace Hls4Net.Emulation.Loops;

/// <summary>
/// The arithmetic of pooling, driven by <see cref="PoolLoop"/>: fixed point, wide or double. The value of tap t is
/// input element <c>first + taps[t]</c> (taps are element offsets (ih*InW+iw)*InC of one window, first is the
/// sample's offset plus the channel); outputs index the whole batch-major result.
/// </summary>
public interface IPoolArithmetic
{
    /// <summary><c>res[output]</c> = the largest of the taps' values.</summary>
    void Max(int output, List<int> taps, int first);

    /// <summary><c>res[output]</c> = the sum of the taps' values divided by <paramref name="count"/>.</summary>
    void Average(int output, List<int> taps, int first, int count);
}
