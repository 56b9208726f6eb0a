using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Passes.AutoPrecision;

/// <summary>
/// How many products one output of a multiply-accumulate layer sums. hls4ml counts every weight (n_in for Dense,
/// channels × kernel for convolutions, the kernel for depthwise ones); Hls4Net's exact semantics counts only the
/// weights that do not quantize to zero in the layer's weight type, the largest count over the outputs.
/// </summary>
public static class FanIn
{
    /// <summary>
    /// The largest number of non-zero quantized weights feeding one output. <paramref name="outputs"/> is the number
    /// of trailing weight elements that are distinct outputs (Dense and convolutions: the last axis; depthwise: the
    /// channel and multiplier axes); the weights are laid out with those outputs innermost.
    /// </summary>
    public static long NonZero(ConstTensor weights, FixedType weightType, int outputs)
    {
        var counts = new long[outputs];
        var data = weights.Data;
        for (var k = 0; k < data.Length; k++)
        {
            if (!FixedMath.FromDoubleBig(data[k], weightType, out _).IsZero) counts[k % outputs]++;
        }
        return counts.Length == 0 ? 0 : counts.Max();
    }

    /// <summary>True when at least one bias value is non-zero in the bias type.</summary>
    public static bool AnyNonZero(ConstTensor bias, FixedType biasType) =>
        bias.Data.Any(b => !FixedMath.FromDoubleBig(b, biasType, out _).IsZero);
}
