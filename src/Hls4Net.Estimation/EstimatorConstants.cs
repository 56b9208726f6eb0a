namespace Hls4Net.Estimation;

/// <summary>
/// The few constants of the analytical model. Those marked "fitted" were fitted on the odd rows of
/// <c>shared/estimator/synthesis-reports.csv</c> (docs/estimator.md, "Calibration"); the others are stated rules
/// that the calibration set cannot constrain, with their source in the doc.
/// </summary>
public sealed record EstimatorConstants
{
    /// <summary>A product whose narrower operand has at most this many bits is built from LUTs, not a DSP (stated).</summary>
    public int LutMultiplierMaxBits { get; init; } = 10;

    /// <summary>
    /// A constant weight whose significant bits (highest to lowest set bit of |w|) span at most this many bits is a
    /// few shifted adds in LUTs, not a multiplier (fitted: "the width at which Vitis chooses LUTs").
    /// </summary>
    public int NarrowWeightMaxBits { get; init; } = 5;

    /// <summary>LUTs per partial-product bit (a·b) of a multiplier built from LUTs (stated: a LUT6 pair per 2×1 bits).</summary>
    public double LutPerFabricProductBit { get; init; } = 0.5;

    /// <summary>LUTs of glue per product mapped to a DSP: sign extension, operand and result alignment (fitted).</summary>
    public double LutPerDspProduct { get; init; } = 4;

    /// <summary>LUTs per bit of each two-input adder of an adder tree (fitted).</summary>
    public double LutPerAdderBit { get; init; } = 0.75;

    /// <summary>LUTs per bit of each compare-and-select (ReLU, max pooling, clipping) (fitted).</summary>
    public double LutPerComparatorBit { get; init; } = 1.75;

    /// <summary>Flip-flops per bit of each pipeline register of a result (fitted).</summary>
    public double FfPerRegisteredBit { get; init; } = 1.0;

    /// <summary>Combinational delay of a DSP product in ns (fitted).</summary>
    public double MultiplierDelayNs { get; init; } = 2.75;

    /// <summary>Combinational delay of one adder-tree level in ns (fitted).</summary>
    public double AdderLevelDelayNs { get; init; } = 0.9;

    /// <summary>Cycles of a lookup-table read: index computation plus the BRAM read register (stated).</summary>
    public int TableLookupCycles { get; init; } = 2;

    /// <summary>Tables of at most this many bits are LUTROM (64 bits per LUT6), larger ones BRAM (stated: Vitis' auto threshold).</summary>
    public int LutRomMaxBits { get; init; } = 1024;

    /// <summary>io_stream FIFOs at most this deep are shift registers (SRLC32E), deeper ones BRAM (stated).</summary>
    public int SrlFifoMaxDepth { get; init; } = 32;

    /// <summary>Resource-strategy weight memories at least this deep (the reuse factor) go to BRAM; shallower ones to LUTRAM/registers (stated).</summary>
    public int WeightBramMinDepth { get; init; } = 16;

    /// <summary>Cycles io_stream adds per layer for reading and writing its FIFOs (fitted).</summary>
    public int StreamOverheadCycles { get; init; } = 1;

    /// <summary>The calibrated constants shipped with Hls4Net (a fresh instance).</summary>
    public static EstimatorConstants Calibrated() => new();
}
