using Hls4Net.Backends.Cpp.Build;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Core.Data;
using Hls4Net.Emulation;
using Serilog;

namespace Hls4Net.Verification;

/// <summary>
/// Writes the model as a Vitis project (a temporary folder, deleted afterwards, unless a folder to keep is given),
/// runs the g++ C simulation on the samples and compares its bits with the emulator's.
/// </summary>
public sealed class CsimCheck
{
    private readonly ILogger _log;

    public CsimCheck(ILogger log) => _log = log;

    /// <returns>The whole-sample report and, per graph output, the number of samples on which that output is bit-exact.</returns>
    public BitExactComparison Run(HlsDesign design, SampleSet samples, InterpreterResult emulated, string? keepProject, bool force)
    {
        var dir = keepProject ?? Path.Combine(Path.GetTempPath(), $"hls4net-verify-{Guid.NewGuid():N}");
        try
        {
            design.WriteProject(dir, force || keepProject is null, samples.Rows, EmulationRunner.Rows(emulated), null);
            var csim = new CsimRunner(_log).Run(dir, null, new CsimOptions { PrecompiledHeaderDir = UserCache.Folder("pch") });
            var values = csim.Values ?? csim.Outputs.Select(r => r.Select(v => new CsimValue(v)).ToArray()).ToList();
            return new BitExactComparer().CompareByOutput(emulated, values);
        }
        finally
        {
            if (keepProject is null) TryDelete(dir);
            else if (Directory.Exists(dir)) _log.Information("C-simulation project kept in {Dir}", Path.GetFullPath(dir));
        }
    }

    private void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _log.Warning("Could not delete temporary project {Dir}: {Message}", dir, e.Message);
        }
    }
}
