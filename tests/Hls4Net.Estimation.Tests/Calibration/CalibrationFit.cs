namespace Hls4Net.Estimation.Tests.Calibration;

/// <summary>
/// Fits the "fitted" constants of <see cref="EstimatorConstants"/> on the fit rows (odd row ids, HLS estimates):
/// coordinate descent, two sweeps, each constant over a fixed grid, minimizing the MAPE of the one figure it
/// drives (DSP: narrow-weight width; LUT: glue, adder and comparator LUTs; FF: register bits; latency: delays and
/// stream overhead). Ties keep the earlier (smaller) grid value.
/// </summary>
public static class CalibrationFit
{
    private sealed record Knob(string Figure, double[] Grid, Func<EstimatorConstants, double, EstimatorConstants> Set);

    private static double[] Range(double from, double to, double step) =>
        Enumerable.Range(0, (int)Math.Round((to - from) / step) + 1).Select(i => Math.Round(from + i * step, 4)).ToArray();

    private static readonly Knob[] Knobs =
    [
        new("DSP", Range(0, 8, 1), (c, v) => c with { NarrowWeightMaxBits = (int)v }),
        new("LUT", Range(0, 40, 2), (c, v) => c with { LutPerDspProduct = v }),
        new("LUT", Range(0.25, 3, 0.25), (c, v) => c with { LutPerAdderBit = v }),
        new("LUT", Range(0.25, 4, 0.25), (c, v) => c with { LutPerComparatorBit = v }),
        new("FF", Range(0.25, 4, 0.25), (c, v) => c with { FfPerRegisteredBit = v }),
        new("latency", Range(0.5, 5, 0.25), (c, v) => c with { MultiplierDelayNs = v }),
        new("latency", Range(0.2, 2, 0.1), (c, v) => c with { AdderLevelDelayNs = v }),
        new("latency", Range(0, 6, 1), (c, v) => c with { StreamOverheadCycles = (int)v }),
    ];

    public static EstimatorConstants Fit(IReadOnlyList<CalibrationCase> fitCases, EstimatorConstants start)
    {
        var best = start;
        for (var sweep = 0; sweep < 2; sweep++)
        {
            foreach (var knob in Knobs)
            {
                var bestScore = double.PositiveInfinity;
                var chosen = best;
                foreach (var v in knob.Grid)
                {
                    var candidate = knob.Set(best, v);
                    var score = Mape(fitCases, candidate, knob.Figure);
                    if (score < bestScore - 1e-9)
                    {
                        bestScore = score;
                        chosen = candidate;
                    }
                }
                best = chosen;
            }
        }
        return best;
    }

    public static double Mape(IReadOnlyList<CalibrationCase> cases, EstimatorConstants constants, string figure) =>
        CalibrationEvaluator.Evaluate(cases, constants).Single(s => s.Figure == figure).Mape;
}
