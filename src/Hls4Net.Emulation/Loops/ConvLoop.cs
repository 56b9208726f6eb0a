using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Loops;

/// <summary>
/// The loop order of Conv/DepthwiseConv (nnet_conv2d.h), shared by every arithmetic: for oh, for ow, for co:
/// <c>acc = bias[co]</c>; for kh, for kw over the real (non-padding) taps: standard, for ci,
/// <c>acc += x[(ih*InW+iw)*InC+ci] * w[((kh*KW+kw)*InC+ci)*OutC+co]</c>; depthwise (co = c*mult+m),
/// <c>acc += x[(ih*InW+iw)*InC+c] * w[((kh*KW+kw)*InC+c)*mult+m]</c>; then <c>res = acc</c>.
/// Padding taps are skipped (adding zero changes no accumulator).
/// </summary>
public static class ConvLoop
{
    /// <summary>Runs one sample through <paramref name="arithmetic"/>.</summary>
    public static void Run<TAcc, TArithmetic>(ConvGeometry g, bool depthwise, ref TArithmetic arithmetic)
        where TArithmetic : struct, IConvArithmetic<TAcc>
    {
        var mult = g.DepthMultiplier;
        for (var oh = 0; oh < g.OutH; oh++)
        {
            for (var ow = 0; ow < g.OutW; ow++)
            {
                for (var co = 0; co < g.OutC; co++)
                {
                    var acc = arithmetic.Begin(co);
                    int c = depthwise ? co / mult : 0, m = depthwise ? co % mult : 0;
                    for (var kh = 0; kh < g.KernelH; kh++)
                    {
                        var ih = oh * g.StrideH - g.PadTop + kh * g.DilationH;
                        if (ih < 0 || ih >= g.InH) continue;
                        for (var kw = 0; kw < g.KernelW; kw++)
                        {
                            var iw = ow * g.StrideW - g.PadLeft + kw * g.DilationW;
                            if (iw < 0 || iw >= g.InW) continue;
                            var xBase = (ih * g.InW + iw) * g.InC;
                            var wBase = (kh * g.KernelW + kw) * g.InC;
                            if (depthwise)
                            {
                                acc = arithmetic.Accumulate(acc, xBase + c, (wBase + c) * mult + m);
                                continue;
                            }
                            for (var ci = 0; ci < g.InC; ci++) acc = arithmetic.Accumulate(acc, xBase + ci, (wBase + ci) * g.OutC + co);
                        }
                    }
                    arithmetic.End((oh * g.OutW + ow) * g.OutC + co, acc);
                }
            }
        }
    }
}
