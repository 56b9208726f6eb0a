using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Loops;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Bit-accurate convolution arithmetic: the bias stored into accum_t, each <c>acc += x*w</c> through a
/// <see cref="MacUnit"/> (exact product and sum, one store into accum_t), the result stored into res_t; every store
/// and overflow counted.
/// </summary>
internal struct FixedConvArithmetic : IConvArithmetic<long>
{
    private readonly ConvPlan _plan;
    private readonly MacUnit _mac;
    private readonly AccumulatorStore _output;
    private readonly long[] _x;
    private readonly long[] _res;

    public FixedConvArithmetic(ConvPlan plan, MacUnit mac, AccumulatorStore output, long[] x, long[] res)
    {
        _plan = plan;
        _mac = mac;
        _output = output;
        _x = x;
        _res = res;
    }

    /// <summary>Offset of the current sample in the input.</summary>
    public int InputOffset { get; set; }

    /// <summary>Offset of the current sample in the result.</summary>
    public int OutputOffset { get; set; }

    /// <summary>Stores made so far.</summary>
    public long Stores { get; private set; }

    /// <summary>Stores that overflowed so far.</summary>
    public long Overflows { get; private set; }

    public long Begin(int outChannel)
    {
        var acc = FixedMath.Convert(_plan.BiasRaw[outChannel], _plan.Bias, _plan.Accum, out bool o);
        Count(o);
        return acc;
    }

    public long Accumulate(long acc, int input, int weight)
    {
        acc = _mac.Mac(acc, _x[InputOffset + input], _plan.WeightRaw[weight], out bool o);
        Count(o);
        return acc;
    }

    public void End(int output, long acc)
    {
        _res[OutputOffset + output] = _output.Store(acc, out bool o);
        Count(o);
    }

    private void Count(bool overflowed)
    {
        Stores++;
        if (overflowed) Overflows++;
    }
}
