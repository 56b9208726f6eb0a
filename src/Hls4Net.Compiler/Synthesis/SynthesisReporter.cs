using Hls4Net.Core.Config;
using Hls4Net.Estimation;
using Hls4Net.Ops;
using Serilog;

namespace Hls4Net.Synthesis;

/// <summary>
/// <c>hls4net report</c>: reads the reports Vitis HLS and Vivado wrote in a project folder (<see cref="SynthesisProject"/>),
/// the last build record, and recomputes Hls4Net's estimate from the project's own hls4ml_config.yml (which names the
/// copy of the model in the project's <c>model/</c> folder), then lines the figures up with the estimate's error.
/// </summary>
public sealed class SynthesisReporter
{
    private readonly ILogger _log;

    public SynthesisReporter(ILogger log) => _log = log;

    /// <summary>Read the reports of <paramref name="projectDir"/>.</summary>
    /// <exception cref="SynthesisException">No report at all, or a report that cannot be read (the message names the file and field).</exception>
    public SynthesisReport Read(string projectDir)
    {
        var project = SynthesisProject.Open(projectDir);
        var csynth = File.Exists(project.CsynthXml) ? new CsynthXmlParser().Parse(project.CsynthXml)
            : File.Exists(project.CsynthRpt) ? new CsynthRptParser().Parse(project.CsynthRpt)
            : null;
        var cosim = File.Exists(project.CosimReport) ? new CosimReportParser().Parse(project.CosimReport) : null;
        var vivado = File.Exists(project.VivadoUtilization)
            ? new VivadoReportParser().Parse(project.VivadoUtilization, File.Exists(project.VivadoTiming) ? project.VivadoTiming : null)
            : null;
        if (csynth is null && cosim is null && vivado is null)
        {
            throw new SynthesisException(
                $"no Vitis HLS or Vivado reports in '{projectDir}' (looked for {Relative(project, project.CsynthXml)}, {Relative(project, project.CosimReport)} " +
                $"and {Relative(project, project.VivadoUtilization)}): run 'hls4net build {projectDir} --synth' first");
        }
        var (estimate, estimateError) = Estimate(project);
        return new SynthesisReport
        {
            Project = project.Dir,
            Name = project.Name,
            Build = BuildRecordStore.Read(project.Record),
            Csynth = csynth,
            Cosim = cosim,
            Vivado = vivado,
            Estimate = estimate,
            EstimateError = estimateError,
            Figures = Compare(estimate, csynth, cosim, vivado),
        };
    }

    /// <summary>The rows of the comparison (also when some reports or the estimate are missing).</summary>
    public static IReadOnlyList<FigureComparison> Compare(EstimateFigures? e, CsynthFigures? c, CosimFigures? s, VivadoFigures? v)
    {
        var er = e?.Resources;
        return
        [
            FigureComparison.Of("latency", "cycles", e?.LatencyCycles, c?.LatencyWorstCycles, s?.LatencyMaxCycles, null),
            FigureComparison.Of("latency", "ns", e?.LatencyNs, c?.LatencyWorstNs, null, null),
            FigureComparison.Of("II", "cycles", e?.Ii, c?.IntervalMax, s?.IntervalMaxCycles, null),
            FigureComparison.Of("DSP", "", er?.Dsp, c?.Used.Dsp, null, v?.Used.Dsp),
            FigureComparison.Of("LUT", "", er?.Lut, c?.Used.Lut, null, v?.Used.Lut),
            FigureComparison.Of("FF", "", er?.Ff, c?.Used.Ff, null, v?.Used.Ff),
            FigureComparison.Of("BRAM_18K", "", er?.Bram18K, c?.Used.Bram18K, null, v?.Used.Bram18K),
            FigureComparison.Of("URAM", "", er?.Uram, c?.Used.Uram, null, v?.Used.Uram),
        ];
    }

    private (EstimateFigures?, string?) Estimate(SynthesisProject project)
    {
        if (!File.Exists(project.Config)) return (null, $"no {Path.GetFileName(project.Config)} in the project");
        try
        {
            var design = new ModelCompiler(_log).Compile(new CompileRequest(null, null, project.Config, new ConfigOverrides()));
            var d = new ResourceEstimator(StandardOps.Create().CostRules()).Estimate(design.Graph, design.Config, new FpgaPartCatalog());
            return (new EstimateFigures
            {
                Part = d.Part,
                ClockPeriodNs = d.ClockPeriodNs,
                LatencyCycles = d.LatencyCycles,
                LatencyNs = d.LatencyNs,
                Ii = d.Ii,
                Resources = new SynthesisResources { Dsp = d.Total.Dsp, Lut = d.Total.Lut, Ff = d.Total.Ff, Bram18K = d.Total.Bram18K, Uram = d.Total.Uram },
            }, null);
        }
        catch (Hls4NetException e) when (e.Category != Hls4NetErrorCategory.MissingDependency) // a missing HDF5 library is exit 6, as everywhere
        {
            _log.Warning("No estimate: the project's model cannot be recompiled: {Message}", e.Message);
            return (null, e.Message);
        }
    }

    private static string Relative(SynthesisProject project, string path) => Path.GetRelativePath(project.Dir, path);
}
