namespace Hls4Net.Estimation.Models;

/// <summary>
/// A lookup table (sigmoid, tanh, softmax's exp and 1/x) read by <c>lookups</c> parallel reads. A table of at most
/// <see cref="EstimatorConstants.LutRomMaxBits"/> bits is LUTROM: one copy per read, 64 bits per LUT6. A larger
/// one is block RAM: a BRAM has two read ports, so ⌈lookups/2⌉ copies of ⌈bits/18432⌉ BRAM_18K each.
/// </summary>
public readonly record struct TableMemory(long Lut, long Bram18K, string Text)
{
    public static TableMemory For(int entries, int width, long lookups, EstimatorConstants constants)
    {
        var bits = (long)entries * width;
        if (bits <= constants.LutRomMaxBits)
        {
            var lut = lookups * ((bits + 63) / 64);
            return new TableMemory(lut, 0, $"{lookups} reads of a {entries}×{width}-bit table as LUTROM ({bits} bits ≤ {constants.LutRomMaxBits})");
        }
        var copies = (lookups + 1) / 2;
        var perCopy = (bits + 18431) / 18432;
        return new TableMemory(0, copies * perCopy, $"{entries}×{width}-bit table in BRAM: {lookups} reads / 2 ports = {copies} copies × {perCopy} BRAM_18K");
    }
}
