using System.ComponentModel;
using System.Diagnostics;

namespace Hls4Net.Backends.Cpp.Build;

/// <summary>Runs a process with captured stdout/stderr, a working folder and a time limit.</summary>
public static class ProcessRunner
{
    /// <summary>Linux's ETXTBSY: the file to execute is open for writing somewhere.</summary>
    private const int TextFileBusy = 26;

    public static ProcessResult Run(string fileName, IEnumerable<string> args, string workingDir, TimeSpan timeout, CancellationToken cancel = default)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = new Process { StartInfo = psi };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                p.Start();
                break;
            }
            catch (Win32Exception e) when (e.NativeErrorCode == TextFileBusy && attempt < 20)
            {
                // A program just written (g++ output, a copy from the build cache) can still be open for writing in a
                // child that another thread forked at that moment; exec then fails with ETXTBSY until that child execs.
                Thread.Sleep(50 * attempt);
            }
            catch (Win32Exception e)
            {
                throw new CsimException($"cannot start '{fileName}': {e.Message}", e);
            }
        }
        var stdout = p.StandardOutput.ReadToEndAsync(cancel);
        var stderr = p.StandardError.ReadToEndAsync(cancel);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        cts.CancelAfter(timeout);
        try
        {
            p.WaitForExitAsync(cts.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            try
            {
                p.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
            if (cancel.IsCancellationRequested) throw;
            throw new CsimException($"'{Path.GetFileName(fileName)}' did not finish within {timeout.TotalSeconds:0} s");
        }
        return new ProcessResult(p.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
