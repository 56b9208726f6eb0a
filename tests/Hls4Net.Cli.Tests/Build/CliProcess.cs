using System.Diagnostics;
using Hls4Net.Cli.Tests.Verify;

namespace Hls4Net.Cli.Tests.Build;

/// <summary>
/// Runs hls4net as a separate process with its own environment (PATH, XILINX_HLS), so build tests can put the stub
/// vitis_hls where the real one would be without changing the test process' environment.
/// </summary>
internal static class CliProcess
{
    public static CliRun Run(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "hls4net.dll");
        var host = System.Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>PATH with <paramref name="first"/> before the system folders (where tclsh is) and without the test process' own extra folders.</summary>
    public static Dictionary<string, string?> Environment(string? first, string? xilinxHls = null) => new()
    {
        ["PATH"] = string.Join(Path.PathSeparator, new[] { first, "/usr/local/bin", "/usr/bin", "/bin" }.Where(d => d is not null)),
        ["XILINX_HLS"] = xilinxHls,
    };
}
