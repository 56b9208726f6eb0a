namespace Hls4Net.Estimation.Tests.Calibration;

/// <summary>Runs the estimator on calibration cases with given constants and summarizes the error per figure.</summary>
public static class CalibrationEvaluator
{
    /// <summary>Floors of the percentage denominators (see <see cref="ErrorSummary"/>).</summary>
    public static readonly IReadOnlyDictionary<string, double> Floors = new Dictionary<string, double>
    {
        ["DSP"] = 1, ["LUT"] = 100, ["FF"] = 100, ["BRAM_18K"] = 1, ["latency"] = 1,
    };

    public static IReadOnlyList<ErrorSummary> Evaluate(IEnumerable<CalibrationCase> cases, EstimatorConstants constants)
    {
        var estimator = HandBuilt.Estimator();
        var points = new Dictionary<string, List<(int, double, double)>>();
        foreach (var key in Floors.Keys) points[key] = [];
        foreach (var c in cases)
        {
            var e = estimator.Estimate(c.Graph, c.Context with { Constants = constants }, c.Report.Part);
            var r = c.Report;
            Add(points["DSP"], r.RowId, e.Total.Dsp, r.Dsp);
            Add(points["LUT"], r.RowId, e.Total.Lut, r.Lut);
            Add(points["FF"], r.RowId, e.Total.Ff, r.Ff);
            Add(points["BRAM_18K"], r.RowId, e.Total.Bram18K, r.Bram18K);
            Add(points["latency"], r.RowId, e.LatencyCycles, r.LatencyCycles);
        }
        return Floors.Select(f => ErrorSummary.Of(f.Key, points[f.Key], f.Value)).ToList();
    }

    private static void Add(List<(int, double, double)> list, int row, double estimate, double? measured)
    {
        if (measured is { } m) list.Add((row, estimate, m));
    }
}
