using System.Globalization;
using Hls4Net.Core.Config;
using Hls4Net.Estimation;
using Hls4Net.Ops;

namespace Hls4Net.Cli;

/// <summary>The estimate lines that <c>convert</c> and <c>inspect</c> print (docs/estimator.md); <c>estimate</c> prints the full report.</summary>
public static class EstimateSummary
{
    /// <summary>The estimate of a compiled model with the standard op packages' cost rules and the configuration's part, clock and io type.</summary>
    public static DesignEstimate Of(HlsDesign compiled) =>
        new ResourceEstimator(StandardOps.Create().CostRules()).Estimate(compiled.Graph, compiled.Config, new FpgaPartCatalog());

    /// <summary>"Estimate: 874 DSP, ... ; 9 cycles (45 ns), II 1 (see 'hls4net estimate')".</summary>
    public static string Line(DesignEstimate e)
    {
        var inv = CultureInfo.InvariantCulture;
        var t = e.Total;
        var util = e.Utilization.Dsp is { } d ? string.Create(inv, $", {d:0.##}% of the part's DSP") : "";
        return string.Create(inv,
            $"Estimate: {t.Dsp} DSP, {t.Lut} LUT, {t.Ff} FF, {t.Bram18K} BRAM_18K, {t.Uram} URAM{util}; latency {e.LatencyCycles} cycles ({e.LatencyNs:0.##} ns), II {e.Ii} (details: hls4net estimate)");
    }
}
