using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Loops;

/// <summary>
/// The loop order of pooling (nnet_pooling.h; global pooling is one window over every position), shared by every
/// arithmetic: for oh, for ow, the real (non-padding) taps in kh, kw order, then for each channel c the max or the
/// average over them; the average divides by the number of real taps, or by the full window when count_include_pad.
/// </summary>
public static class PoolLoop
{
    /// <summary>Runs one sample through <paramref name="arithmetic"/>; <paramref name="taps"/> is scratch space.</summary>
    public static void Run<TArithmetic>(ConvGeometry g, PoolKind pool, bool countIncludePad, List<int> taps, ref TArithmetic arithmetic)
        where TArithmetic : struct, IPoolArithmetic
    {
        var window = g.KernelH * g.KernelW;
        for (var oh = 0; oh < g.OutH; oh++)
        {
            for (var ow = 0; ow < g.OutW; ow++)
            {
                g.Taps(oh, ow, taps);
                for (var c = 0; c < g.OutC; c++)
                {
                    var o = (oh * g.OutW + ow) * g.OutC + c;
                    if (pool == PoolKind.Max) arithmetic.Max(o, taps, c);
                    else arithmetic.Average(o, taps, c, countIncludePad ? window : taps.Count);
                }
            }
        }
    }
}
