namespace Hls4Net.Estimation.Models;

/// <summary>
/// One io_stream FIFO of <c>depth</c> elements of <c>width</c> bits. Up to <see cref="EstimatorConstants.SrlFifoMaxDepth"/>
/// deep it is a shift register: one SRLC32E LUT per bit per 32 entries, plus the output register. Deeper, it is
/// block RAM: a BRAM_18K is 512×36 (or 1024×18), so ⌈width/36⌉ × ⌈depth/512⌉ of them.
/// </summary>
public readonly record struct FifoMemory(long Lut, long Ff, long Bram18K, string Text)
{
    public static FifoMemory For(long depth, long width, EstimatorConstants constants)
    {
        if (depth <= constants.SrlFifoMaxDepth)
        {
            var lut = width * ((depth + 31) / 32);
            return new FifoMemory(lut, width, 0, $"FIFO {depth}×{width} bits as SRL: {lut} LUT");
        }
        var bram = (width + 35) / 36 * ((depth + 511) / 512);
        return new FifoMemory(0, width, bram, $"FIFO {depth}×{width} bits in BRAM: ⌈{width}/36⌉×⌈{depth}/512⌉ = {bram} BRAM_18K");
    }
}
