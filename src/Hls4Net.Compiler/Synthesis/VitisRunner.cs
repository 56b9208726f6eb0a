using System.ComponentModel;
using System.Diagnostics;
using Serilog;

namespace Hls4Net.Synthesis;

/// <summary>
/// Runs <c>vitis_hls -f build_prj.tcl "csim=1 synth=1 ..."</c> in a project folder, streams everything it prints (stdout
/// and stderr) into a log file as it comes, and logs each build step as it starts (the progress line on a terminal
/// shows it with its elapsed time); every line of Vitis output is also logged at debug level (<c>-v</c>).
/// </summary>
public sealed class VitisRunner
{
    private readonly ILogger _log;

    public VitisRunner(ILogger log) => _log = log;

    /// <param name="tool">The vitis_hls executable.</param>
    /// <param name="projectDir">The project folder (holding build_prj.tcl).</param>
    /// <param name="steps">The steps to run.</param>
    /// <param name="logPath">The log file, replaced.</param>
    /// <exception cref="VitisHlsNotFoundException">The tool cannot be started.</exception>
    public VitisRun Run(string tool, string projectDir, BuildSteps steps, string logPath)
    {
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = projectDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-f", "build_prj.tcl", steps.TclArgument }) start.ArgumentList.Add(a);
        var watcher = new VitisLogWatcher();
        var gate = new object();
        using var logFile = new StreamWriter(logPath, append: false) { AutoFlush = true };
        logFile.WriteLine($"# {tool} -f build_prj.tcl \"{steps.TclArgument}\"  (in {projectDir})");
        using var process = new Process { StartInfo = start };
        void OnLine(string? line)
        {
            if (line is null) return;
            lock (gate)
            {
                logFile.WriteLine(line);
                _log.Debug("vitis_hls: {Line}", line);
                if (watcher.Observe(line) is { } step) _log.Information("Vitis HLS: {Step}...", step);
            }
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new VitisHlsNotFoundException($"cannot run {tool}: {e.Message}");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        lock (gate)
        {
            logFile.WriteLine($"# exit code {process.ExitCode}");
        }
        return new VitisRun(process.ExitCode, watcher);
    }
}
