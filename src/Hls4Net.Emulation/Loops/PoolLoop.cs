using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Loops;

/// <summary>
/// The loop order of pooling (nnet_pooling.h; global pooling is one window over every position), shared by every
/// arithmetic: for oh, for ow, the real (non-padding) taps in kh, kw order, then for each channel c the max or the
/// average over them; the average divides by the number of real taps, or by the full window when count_include_pad.
/// Outputs are independent, so the taps of a window are worked out once for every sample of the batch.
/// </summary>
public static class PoolLoop
{
    /// <summary>Runs <paramref name="batch"/> samples (batch-major) through <paramref name="arithmetic"/>.</summary>
    public static void Run<TArithmetic>(ConvGeometry g, PoolKind pool, bool countIncludePad, int batch, ref TArithmetic arithmetic)
        where TArithmetic : struct, IPoolArithmetic
    {
        var window = g.KernelH * g.KernelW;
        var taps = new List<int>(window);
        for (var oh = 0; oh < g.OutH; oh++)
        {
            for (var ow = 0; ow < g.OutW; ow++)
            {
                g.Taps(oh, ow, taps);
                for (var t = 0; t < taps.Count; t++) taps[t] *= g.InC;
                var count = countIncludePad ? window : taps.Count;
                for (var s = 0; s < batch; s++)
                {
                    for (var c = 0; c < g.OutC; c++)
                    {
                        var o = s * g.OutputSize + (oh * g.OutW + ow) * g.OutC + c;
                        if (pool == PoolKind.Max) arithmetic.Max(o, taps, s * g.InputSize + c);
                        else arithmetic.Average(o, taps, s * g.InputSize + c, count);
                    }
                }
            }
        }
    }
}
