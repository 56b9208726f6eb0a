using System.Globalization;
using System.Text;
using Hls4Net.Estimation.Tests.Calibration;
using Hls4Net.TestSupport;
using Xunit.Abstractions;

namespace Hls4Net.Estimation.Tests;

/// <summary>
/// The calibration of docs/estimator.md against shared/estimator/synthesis-reports.csv: the shipped constants are the
/// fit on the odd rows, and the error on the held-out even rows stays within what the doc states.
/// </summary>
public sealed class CalibrationTests
{
    private readonly ITestOutputHelper _output;

    public CalibrationTests(ITestOutputHelper output) => _output = output;

    [SharedModelFact]
    public void ShippedConstantsAreTheFitOnTheOddRows()
    {
        var set = CalibrationSet.Load();
        var fitCases = set.Cases.Where(c => c.Report.IsFitRow && c.Report.IsHlsEstimate).ToList();
        Assert.True(fitCases.Count >= 20, $"only {fitCases.Count} fit rows");
        var shipped = EstimatorConstants.Calibrated();
        var fitted = CalibrationFit.Fit(fitCases, shipped);
        _output.WriteLine($"fitted: {fitted}");
        foreach (var figure in new[] { "DSP", "LUT", "FF", "latency" })
        {
            var s = CalibrationFit.Mape(fitCases, shipped, figure);
            var f = CalibrationFit.Mape(fitCases, fitted, figure);
            Assert.True(s <= f + 0.5, $"{figure}: shipped constants give {s:0.0}% on the fit rows, the fit {f:0.0}%; fitted constants: {fitted}");
        }
    }

    [SharedModelFact]
    public void HeldOutErrorIsWithinWhatTheDocStates()
    {
        var set = CalibrationSet.Load();
        var documented = DocumentedErrors();
        var report = new StringBuilder();
        foreach (var (stage, isHls) in new[] { ("HLS estimate", true), ("Vivado synthesis", false) })
        {
            var heldOut = set.Cases.Where(c => !c.Report.IsFitRow && c.Report.IsHlsEstimate == isHls).ToList();
            foreach (var s in CalibrationEvaluator.Evaluate(heldOut, EstimatorConstants.Calibrated()).Where(s => s.Count > 0))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"| {stage} | {s.Figure} | {s.Count} | {s.Mape:0.0} | {s.Worst:0.0} | {s.WorstRow} |");
                Assert.True(documented.TryGetValue((stage, s.Figure), out var limit), $"docs/estimator.md states no error for {stage} {s.Figure}");
                Assert.True(s.Mape <= limit.Mape + 0.05 && s.Worst <= limit.Worst + 0.05,
                    $"{stage} {s.Figure}: held-out MAPE {s.Mape:0.0}% / worst {s.Worst:0.0}% (row {s.WorstRow}) exceeds the documented {limit.Mape}% / {limit.Worst}%\n{report}");
            }
        }
        _output.WriteLine(report.ToString());
    }

    /// <summary>The held-out table of docs/estimator.md: rows "| stage | figure | n | MAPE | worst | row |".</summary>
    internal static Dictionary<(string, string), (double Mape, double Worst)> DocumentedErrors()
    {
        var doc = File.ReadAllLines(Path.Combine(RepoPaths.RepoRoot, "docs", "estimator.md"));
        var result = new Dictionary<(string, string), (double, double)>();
        foreach (var line in doc.Where(l => l.StartsWith("| HLS estimate |", StringComparison.Ordinal) || l.StartsWith("| Vivado synthesis |", StringComparison.Ordinal)))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length < 7 || !double.TryParse(cells[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var mape)
                || !double.TryParse(cells[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var worst)) continue;
            result[(cells[1], cells[2])] = (mape, worst);
        }
        return result;
    }
}
