using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Loops;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Bit-accurate convolution arithmetic: the bias stored into accum_t, each <c>acc += x*w</c> through a
/// <see cref="MacUnit"/> (exact product and sum, one store into accum_t), the result stored into res_t; every store
/// and overflow counted. Under hls4ml semantics (<see cref="MacUnit.StoresProducts"/>) each product is stored into
/// accum_t before it is added (two counted stores per tap).
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
        if (_mac.StoresProducts)
        {
            acc = _mac.MacStored(acc, _x[input], _plan.WeightRaw[weight], out bool po, out bool so);
            Count(po);
            Count(so);
            return acc;
        }
        acc = _mac.Mac(acc, _x[input], _plan.WeightRaw[weight], out bool o);
        Count(o);
        return acc;
    }

    public void End(int output, long acc)
    {
        _res[output] = _output.Store(acc, out bool o);
        Count(o);
    }

    private void Count(bool overflowed)
    {
        Stores++;
        if (overflowed) Overflows++;
    }
}
