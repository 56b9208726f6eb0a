namespace Hls4Net.Emulation.Kernels;

/// <summary>Exact comparisons of fixed-point raw codes with different fraction bits (Int128, callers check widths).</summary>
internal static class Exact
{
    /// <summary>Sign of a*2^-fa - b*2^-fb.</summary>
    public static int Compare(long a, int fa, long b, int fb)
    {
        int f = Math.Max(fa, fb);
        return (((Int128)a) << (f - fa)).CompareTo(((Int128)b) << (f - fb));
    }
}
