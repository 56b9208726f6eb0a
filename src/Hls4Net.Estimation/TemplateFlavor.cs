namespace Hls4Net.Estimation;

/// <summary>
/// Whose C++ the estimate describes. Hls4Net's own templates and hls4ml's differ where docs/estimator.md says so
/// ("Our C++ against hls4ml's"); the calibration against published hls4ml results uses <see cref="Hls4ml"/>.
/// </summary>
public enum TemplateFlavor
{
    /// <summary>The projects Hls4Net writes.</summary>
    Hls4Net,

    /// <summary>hls4ml's Vivado/Vitis templates (for comparison with published synthesis reports).</summary>
    Hls4ml,
}
