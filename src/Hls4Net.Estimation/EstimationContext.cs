using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;

namespace Hls4Net.Estimation;

/// <summary>What every cost rule needs besides the node: io type, clock, target device, constants and template flavor.</summary>
public sealed record EstimationContext(
    IoType IoType,
    double ClockPeriodNs,
    double ClockUncertainty,
    FpgaDevice? Device,
    DspShape Dsp,
    EstimatorConstants Constants,
    TemplateFlavor Flavor = TemplateFlavor.Hls4Net)
{
    /// <summary>The clock period minus the uncertainty: the time logic may use per cycle.</summary>
    public double UsableCycleNs => ClockPeriodNs * (1 - ClockUncertainty);

    /// <summary>True for io_stream designs.</summary>
    public bool IsStream => IoType == IoType.IoStream;

    /// <summary>The context for <paramref name="config"/>'s part, clock and io type.</summary>
    public static EstimationContext For(ProjectConfig config, FpgaPartCatalog catalog, EstimatorConstants? constants = null, TemplateFlavor flavor = TemplateFlavor.Hls4Net)
    {
        var device = catalog.Find(config.Part);
        return new EstimationContext(config.IoType, config.ClockPeriod, ParseUncertainty(config.ClockUncertainty, config.ClockPeriod),
            device, DspShape.ForFamily(device?.Family ?? ""), constants ?? EstimatorConstants.Calibrated(), flavor);
    }

    /// <summary>Vitis' clock uncertainty as a fraction of the period: "12.5%", "0.6" (ns) or, when absent, Vitis' default 27%.</summary>
    public static double ParseUncertainty(string? text, double periodNs)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0.27;
        var t = text.Trim();
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        if (t.EndsWith('%') && double.TryParse(t[..^1], System.Globalization.NumberStyles.Float, culture, out var pct)) return Math.Clamp(pct / 100, 0, 0.9);
        if (double.TryParse(t, System.Globalization.NumberStyles.Float, culture, out var ns) && periodNs > 0) return Math.Clamp(ns / periodNs, 0, 0.9);
        return 0.27;
    }
}
