using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// What <see cref="Im2ColConv"/> keeps per <see cref="ConvPlan"/>: the weights as a Dense plan, and per output pixel and
/// im2col column (kh, kw, ci) the input element it reads within one sample, or InputSize (a zero after the sample) for a
/// padding tap; and the number of real (pixel, kh, kw) taps.
/// </summary>
internal sealed class Im2ColLayout
{
    public Im2ColLayout(ConvPlan plan, DensePlan? dense)
    {
        Dense = dense;
        var g = plan.Geometry;
        int k = g.KernelH * g.KernelW * g.InC;
        Gather = new int[checked(g.OutH * g.OutW * k)];
        long realTaps = 0;
        for (var oh = 0; oh < g.OutH; oh++)
        {
            for (var ow = 0; ow < g.OutW; ow++)
            {
                var row = (oh * g.OutW + ow) * k;
                for (var kh = 0; kh < g.KernelH; kh++)
                {
                    for (var kw = 0; kw < g.KernelW; kw++)
                    {
                        int ih = oh * g.StrideH - g.PadTop + kh * g.DilationH, iw = ow * g.StrideW - g.PadLeft + kw * g.DilationW;
                        bool real = ih >= 0 && ih < g.InH && iw >= 0 && iw < g.InW;
                        if (real) realTaps++;
                        var col = row + (kh * g.KernelW + kw) * g.InC;
                        for (var ci = 0; ci < g.InC; ci++) Gather[col + ci] = real ? (ih * g.InW + iw) * g.InC + ci : g.InputSize;
                    }
                }
            }
        }
        RealTaps = realTaps;
        int pixels = g.OutH * g.OutW, lanes = SampleLaneDense.Lanes;
        if (pixels % lanes == 0)
        {
            BlockGather = new int[Gather.Length];
            for (var p = 0; p < pixels; p++)
            {
                for (var e = 0; e < k; e++) BlockGather[(p / lanes * k + e) * lanes + p % lanes] = Gather[p * k + e];
            }
            Plane = Im2ColPlane.TryCreate(g);
        }
    }

    /// <summary>When each block's taps are a few runs of consecutive plane elements, the plane layout (whole-vector loads per tap); otherwise null.</summary>
    public Im2ColPlane? Plane { get; }

    /// <summary>
    /// When the pixel count is a multiple of the lane count, <see cref="Gather"/> transposed per block of 16 pixels: block b,
    /// column e, lane l at (b*K+e)*16+l holds pixel b*16+l's entry; otherwise null.
    /// </summary>
    public int[]? BlockGather { get; }

    /// <summary>The conv's weights and bias as a [K, OutC] Dense plan; null when its codes differ from the conv plan's.</summary>
    public DensePlan? Dense { get; }

    /// <summary>Per pixel p and im2col column e, at p*K+e: the input element within the sample, or InputSize for padding.</summary>
    public int[] Gather { get; }

    /// <summary>Real (non-padding) window taps over all output pixels.</summary>
    public long RealTaps { get; }
}
