using System.Globalization;
using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.TestSupport;

namespace Hls4Net.Estimation.Tests.Calibration;

/// <summary>
/// The rows of shared/estimator/synthesis-reports.csv the model can be compared with: reliability A or B, one uniform ap_fixed precision,
/// one integer reuse factor, Latency/Resource (empty = the pre-strategy Latency code), io_parallel/io_stream, no
/// nonstandard build directives, and an architecture <see cref="ArchitectureGraphBuilder"/> can rebuild. Every other
/// row is listed by <see cref="Excluded"/> with the reason (docs/estimator.md names them).
/// </summary>
public sealed class CalibrationSet
{
    public CalibrationSet(IReadOnlyList<SynthesisReport> reports)
    {
        var catalog = new FpgaPartCatalog();
        var cases = new List<CalibrationCase>();
        var excluded = new List<(SynthesisReport, string)>();
        foreach (var r in reports)
        {
            var reason = Reject(r, catalog, out var c);
            if (reason is null) cases.Add(c!);
            else excluded.Add((r, reason));
        }
        Cases = cases;
        Excluded = excluded;
    }

    public static string CsvPath => Path.Combine(RepoPaths.SharedDir, "estimator", "synthesis-reports.csv");

    /// <summary>The calibration set from ../shared (a <see cref="SharedModelFactAttribute"/> test's input).</summary>
    public static CalibrationSet Load() => new(SynthesisReportReader.Read(CsvPath));

    public IReadOnlyList<CalibrationCase> Cases { get; }

    public IReadOnlyList<(SynthesisReport Report, string Reason)> Excluded { get; }

    private static string? Reject(SynthesisReport r, FpgaPartCatalog catalog, out CalibrationCase? result)
    {
        result = null;
        if (r.Reliability == "C") return "reliability C (partial: the reported configuration is not the whole design)";
        if (r.Directives.Length > 0) return "nonstandard build directives";
        if (!FixedType.TryParse(r.Precision, out var precision)) return $"precision '{r.Precision}' is not one type";
        if (!int.TryParse(r.ReuseFactor, NumberStyles.Integer, CultureInfo.InvariantCulture, out var rf)) return $"reuse factor '{r.ReuseFactor}' is not one integer";
        Strategy strategy;
        if (r.Strategy is "" or "Latency") strategy = Strategy.Latency;
        else if (r.Strategy == "Resource") strategy = Strategy.Resource;
        else return $"strategy '{r.Strategy}'";
        IoType io;
        if (r.IoType == "io_parallel") io = IoType.IoParallel;
        else if (r.IoType == "io_stream") io = IoType.IoStream;
        else return $"io type '{r.IoType}'";
        var graph = ArchitectureGraphBuilder.Build(r.Architecture, precision, strategy, rf, r.RowId);
        if (graph is null) return "architecture not rebuildable";
        var device = catalog.Find(r.Part);
        var uncertainty = EstimationContext.ParseUncertainty(r.ClockUncertainty.Split(' ')[0], r.ClockPeriodNs);
        if (r.ClockUncertainty.Length == 0) uncertainty = r.Tool.StartsWith("Vivado", StringComparison.Ordinal) ? 0.125 : 0.27;
        var family = device?.Family ?? (r.Part.StartsWith("xc7", StringComparison.Ordinal) ? "Zynq-7000" : "");
        result = new CalibrationCase(r, graph, new EstimationContext(io, r.ClockPeriodNs, uncertainty, device, DspShape.ForFamily(family),
            EstimatorConstants.Calibrated(), TemplateFlavor.Hls4ml));
        return null;
    }
}
