namespace Hls4Net.Estimation;

/// <summary>
/// The multiplier of one DSP slice: signed operand widths A×B. DSP48E1 (7-series) 25×18, DSP48E2 (UltraScale and
/// UltraScale+) 27×18, DSP58 (Versal) 27×24. Sources: AMD UG479, UG579, AM004.
/// </summary>
public sealed record DspShape(string Name, int WideBits, int NarrowBits)
{
    public static DspShape Dsp48E1 { get; } = new("DSP48E1", 25, 18);

    public static DspShape Dsp48E2 { get; } = new("DSP48E2", 27, 18);

    public static DspShape Dsp58 { get; } = new("DSP58", 27, 24);

    /// <summary>The DSP of a device family (as named in the device list); UltraScale's DSP48E2 when unknown.</summary>
    public static DspShape ForFamily(string family) =>
        family.StartsWith("Versal", StringComparison.OrdinalIgnoreCase) ? Dsp58
        : family.Contains("-7", StringComparison.Ordinal) || family.StartsWith("Zynq-7000", StringComparison.Ordinal) ? Dsp48E1
        : Dsp48E2;

    /// <summary>
    /// DSP slices for one a×b-bit signed product: 1 when it fits the slice's multiplier either way round, else the
    /// tiling of the wider operand over the wide port and the narrower over the narrow port (17/26 useful bits per
    /// extra slice, as the sign bit is shared).
    /// </summary>
    public int SlicesPerProduct(int a, int b)
    {
        var wide = Math.Max(a, b);
        var narrow = Math.Min(a, b);
        if (wide <= WideBits && narrow <= NarrowBits) return 1;
        var wideTiles = wide <= WideBits ? 1 : 1 + (wide - WideBits + WideBits - 2) / (WideBits - 1);
        var narrowTiles = narrow <= NarrowBits ? 1 : 1 + (narrow - NarrowBits + NarrowBits - 2) / (NarrowBits - 1);
        return wideTiles * narrowTiles;
    }
}
