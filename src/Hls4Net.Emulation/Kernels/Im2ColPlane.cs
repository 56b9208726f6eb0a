using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// A zero-bordered copy of one sample (the "plane") from which each tap of a block of 16 output pixels is read with
/// whole-vector loads instead of 16 single reads: the plane holds the input at rows -PadTop.. and columns -PadLeft..
/// (channels last), zeros around it, so every window element, padding included, is a plane element, and pixel (oh, ow)'s
/// tap e = (kh, kw, ci) is <c>plane[Base(oh, ow) + TapOffset[e]]</c> with Base(oh, ow) = Guard + (oh*StrideH*PlaneW +
/// ow*StrideW)*InC. A segment is a run of lanes whose bases are consecutive (consecutive pixels of one output row when
/// StrideW*InC == 1); its lanes read <c>plane[Start + lane + TapOffset[e]]</c>, one vector load per tap, blended into
/// the block under the segment's lane mask. Built only when the pixel count is a multiple of 16 (a block never straddles
/// two samples, so block b of every sample has the same segments) and the blocks have at most
/// <see cref="MaxSegmentsPerBlock"/> segments on average; otherwise null (<see cref="TryCreate"/>).
/// </summary>
internal sealed class Im2ColPlane
{
    /// <summary>Zeros before the plane and after it, so a vector load at Start + TapOffset never leaves the array.</summary>
    public const int Guard = SampleLaneDense.Lanes;

    /// <summary>Average segments per block above which the per-element gather is kept.</summary>
    public const int MaxSegmentsPerBlock = 4;

    private Im2ColPlane(int length, int[] rowTarget, int rowLength, int[] tapOffset, int[] blockSegments, int[] segmentStart, int[] segmentMask)
    {
        Length = length;
        RowTarget = rowTarget;
        RowLength = rowLength;
        TapOffset = tapOffset;
        BlockSegments = blockSegments;
        SegmentStart = segmentStart;
        SegmentMask = segmentMask;
    }

    /// <summary>Ints in the plane array (guards included); every element outside the input rows stays zero.</summary>
    public int Length { get; }

    /// <summary>Per input row ih: where its <see cref="RowLength"/> codes (InW*InC) start in the plane.</summary>
    public int[] RowTarget { get; }

    /// <summary>Codes of one input row (InW*InC).</summary>
    public int RowLength { get; }

    /// <summary>Per im2col column e = (kh, kw, ci): its offset from a pixel's base in the plane.</summary>
    public int[] TapOffset { get; }

    /// <summary>Block b's segments are <c>BlockSegments[b] .. BlockSegments[b+1]</c> (blocks of 16 pixels within one sample).</summary>
    public int[] BlockSegments { get; }

    /// <summary>Per segment: lane l of the segment reads plane[Start + l + TapOffset[e]] for tap e.</summary>
    public int[] SegmentStart { get; }

    /// <summary>Per segment, 16 ints: -1 in the segment's lanes, 0 elsewhere.</summary>
    public int[] SegmentMask { get; }

    /// <summary>The plane layout for <paramref name="g"/>, or null when the pixel count is not a multiple of 16 or the segments are too many.</summary>
    public static Im2ColPlane? TryCreate(ConvGeometry g)
    {
        const int lanes = SampleLaneDense.Lanes;
        long pixels = (long)g.OutH * g.OutW;
        if (pixels == 0 || pixels % lanes != 0 || g.PadTop < 0 || g.PadLeft < 0) return null;
        // Rows -PadTop .. rowHi and columns -PadLeft .. colHi cover the input and every window element.
        long rowHi = Math.Max(g.InH - 1L, (g.OutH - 1L) * g.StrideH - g.PadTop + (g.KernelH - 1L) * g.DilationH);
        long colHi = Math.Max(g.InW - 1L, (g.OutW - 1L) * g.StrideW - g.PadLeft + (g.KernelW - 1L) * g.DilationW);
        long planeH = rowHi + g.PadTop + 1, planeW = colHi + g.PadLeft + 1;
        long length = 2L * Guard + planeH * planeW * g.InC;
        if (length > 1 << 24) return null;
        int pw = (int)planeW;
        var baseOf = new int[pixels];
        for (var oh = 0; oh < g.OutH; oh++)
        {
            for (var ow = 0; ow < g.OutW; ow++) baseOf[oh * g.OutW + ow] = Guard + (oh * g.StrideH * pw + ow * g.StrideW) * g.InC;
        }
        int blocks = (int)(pixels / lanes);
        var blockSegments = new int[blocks + 1];
        var starts = new List<int>();
        var masks = new List<int>();
        for (var b = 0; b < blocks; b++)
        {
            blockSegments[b] = starts.Count;
            for (var l = 0; l < lanes;)
            {
                int p0 = b * lanes + l, from = l;
                for (l++; l < lanes && baseOf[b * lanes + l] == baseOf[b * lanes + l - 1] + 1; l++)
                {
                }
                starts.Add(baseOf[p0] - from);
                for (var m = 0; m < lanes; m++) masks.Add(m >= from && m < l ? -1 : 0);
            }
            if (starts.Count > (long)MaxSegmentsPerBlock * blocks) return null;
        }
        blockSegments[blocks] = starts.Count;
        var tapOffset = new int[g.KernelH * g.KernelW * g.InC];
        for (var kh = 0; kh < g.KernelH; kh++)
        {
            for (var kw = 0; kw < g.KernelW; kw++)
            {
                for (var ci = 0; ci < g.InC; ci++) tapOffset[(kh * g.KernelW + kw) * g.InC + ci] = (kh * g.DilationH * pw + kw * g.DilationW) * g.InC + ci;
            }
        }
        var rowTarget = new int[g.InH];
        for (var ih = 0; ih < g.InH; ih++) rowTarget[ih] = Guard + ((ih + g.PadTop) * pw + g.PadLeft) * g.InC;
        return new Im2ColPlane((int)length, rowTarget, g.InW * g.InC, tapOffset, blockSegments, starts.ToArray(), masks.ToArray());
    }
}
