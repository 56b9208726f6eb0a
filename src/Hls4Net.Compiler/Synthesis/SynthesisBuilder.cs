using Serilog;

namespace Hls4Net.Synthesis;

/// <summary>
/// <c>hls4net build</c>: runs Vitis HLS on a project's build_prj.tcl (<see cref="VitisRunner"/>), classifies how it
/// ended (tool missing, synthesis failed, C/RTL mismatch, another step failed), reads the reports of the steps that ran
/// and writes the <see cref="BuildRecord"/> to the project's <see cref="BuildRecord.FileName"/>.
/// </summary>
public sealed class SynthesisBuilder
{
    private readonly ILogger _log;
    private readonly VitisHlsLocator _locator;

    /// <param name="log">Progress and warnings.</param>
    /// <param name="locator">Finds vitis_hls (default: $XILINX_HLS/bin, then PATH).</param>
    public SynthesisBuilder(ILogger log, VitisHlsLocator? locator = null)
    {
        _log = log;
        _locator = locator ?? new VitisHlsLocator();
    }

    /// <summary>Build <paramref name="projectDir"/> with <paramref name="steps"/>; the record says how it ended (it is also written to the project).</summary>
    /// <exception cref="UsageException">An impossible step combination.</exception>
    /// <exception cref="SynthesisException">The folder is not a project (no build_prj.tcl).</exception>
    public BuildRecord Build(string projectDir, BuildSteps steps)
    {
        steps.Validate();
        var project = SynthesisProject.Open(projectDir);
        if (!File.Exists(project.BuildScript)) throw new SynthesisException($"not a project folder: '{projectDir}' has no build_prj.tcl (write one with hls4net convert)");
        var record = new BuildRecord { Project = projectDir, Steps = steps.Names };
        string tool;
        try
        {
            tool = _locator.Locate();
        }
        catch (VitisHlsNotFoundException e)
        {
            return Save(project, record with { Status = BuildStatus.ToolMissing, ExitCode = BuildCodes.ToolMissing, Error = e.Message });
        }
        _log.Information("Running {Tool} on {Project} ({Steps}); log: {Log}", tool, project.Dir, string.Join(", ", steps.Names), project.Log);
        var before = Stamps(project);
        VitisRun run;
        try
        {
            run = new VitisRunner(_log).Run(tool, project.Dir, steps, project.Log);
        }
        catch (VitisHlsNotFoundException e) // found but cannot be started (not executable)
        {
            return Save(project, record with { Status = BuildStatus.ToolMissing, ExitCode = BuildCodes.ToolMissing, Error = e.Message });
        }
        record = record with { Log = SynthesisProject.LogFileName };
        record = WithReports(record, project, steps, before);
        var (status, error) = Classify(run, record);
        return Save(project, record with { Status = status, ExitCode = BuildStatus.ExitCode(status), Error = error });
    }

    private static (string Status, string? Error) Classify(VitisRun run, BuildRecord record)
    {
        var output = run.Output;
        var detail = output.FirstError is null ? "" : $": {output.FirstError}";
        var log = $"see {SynthesisProject.LogFileName}";
        if (output.Mismatch || record.Cosim?.Status == "Fail")
        {
            return (BuildStatus.CosimMismatch, $"C/RTL co-simulation does not match the C simulation ({log}){detail}");
        }
        if (run.ExitCode == 0) return (BuildStatus.Ok, null);
        var step = output.ErrorStep ?? output.Step;
        return step == "synth"
            ? (BuildStatus.SynthesisFailed, $"C synthesis failed (vitis_hls exit code {run.ExitCode}; {log}){detail}")
            : (BuildStatus.Failed, $"{BuildStepNames.Describe(step)} failed (vitis_hls exit code {run.ExitCode}; {log}){detail}");
    }

    // Reports are read only when this run wrote them: a report left by an earlier build must not speak for this one.
    private BuildRecord WithReports(BuildRecord record, SynthesisProject project, BuildSteps steps, IReadOnlyDictionary<string, DateTime?> before)
    {
        bool Fresh(string path) => File.Exists(path) && File.GetLastWriteTimeUtc(path) != before[path];
        var csynth = !steps.Synth ? null
            : Fresh(project.CsynthXml) ? TryRead(() => new CsynthXmlParser().Parse(project.CsynthXml))
            : Fresh(project.CsynthRpt) ? TryRead(() => new CsynthRptParser().Parse(project.CsynthRpt))
            : null;
        var cosim = steps.Cosim && Fresh(project.CosimReport) ? TryRead(() => new CosimReportParser().Parse(project.CosimReport)) : null;
        var vivado = steps.Vsynth && Fresh(project.VivadoUtilization)
            ? TryRead(() => new VivadoReportParser().Parse(project.VivadoUtilization, Fresh(project.VivadoTiming) ? project.VivadoTiming : null))
            : null;
        return record with { Csynth = csynth, Cosim = cosim, Vivado = vivado };
    }

    private static Dictionary<string, DateTime?> Stamps(SynthesisProject project) =>
        new[] { project.CsynthXml, project.CsynthRpt, project.CosimReport, project.VivadoUtilization, project.VivadoTiming }
            .ToDictionary(p => p, p => File.Exists(p) ? File.GetLastWriteTimeUtc(p) : (DateTime?)null);

    private T? TryRead<T>(Func<T> read) where T : class
    {
        try
        {
            return read();
        }
        catch (SynthesisException e)
        {
            _log.Warning("Cannot read a report: {Message}", e.Message);
            return null;
        }
    }

    private BuildRecord Save(SynthesisProject project, BuildRecord record)
    {
        BuildRecordStore.Write(record, project.Record);
        _log.Debug("Wrote {Record}", project.Record);
        return record;
    }
}
