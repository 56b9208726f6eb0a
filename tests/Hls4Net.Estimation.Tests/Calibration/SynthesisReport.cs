namespace Hls4Net.Estimation.Tests.Calibration;

/// <summary>One row of shared/estimator/synthesis-reports.csv (the fields the calibration reads).</summary>
public sealed record SynthesisReport(
    int RowId, string Reliability, string Family, string Architecture, string Precision, string ReuseFactor, string Strategy, string IoType,
    string Part, double ClockPeriodNs, string ClockUncertainty, string Tool, string Stage, string Directives,
    double? Dsp, double? Lut, double? Ff, double? Bram18K, double? LatencyCycles, double? Ii)
{
    /// <summary>An HLS C-synthesis estimate (csynth), as opposed to a Vivado synthesis result.</summary>
    public bool IsHlsEstimate => Stage.StartsWith("HLS", StringComparison.Ordinal);

    /// <summary>Odd row ids fit the constants; even ones are held out (a fixed split, stated in docs/estimator.md).</summary>
    public bool IsFitRow => RowId % 2 == 1;
}
