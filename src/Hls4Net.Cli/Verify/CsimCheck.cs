using Hls4Net.Backends.Vitis;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Core.Data;
using Hls4Net.Emulation;
using Serilog;

namespace Hls4Net.Cli.Verify;

/// <summary>
/// Writes the model as a Vitis project (a temporary folder, deleted afterwards, unless a folder to keep is given),
/// runs the g++ C simulation on the samples and compares its bits with the emulator's.
/// </summary>
public sealed class CsimCheck
{
    private readonly ILogger _log;

    public CsimCheck(ILogger log) => _log = log;

    /// <returns>The whole-sample report and, per graph output, the number of samples on which that output is bit-exact.</returns>
    public (BitExactReport Report, int[] PerOutput) Run(CompiledModel model, SampleSet samples, InterpreterResult emulated, string? keepProject, bool force)
    {
        var dir = keepProject ?? Path.Combine(Path.GetTempPath(), $"hls4net-verify-{Guid.NewGuid():N}");
        try
        {
            DefaultBackends.Create().For(model.Config.Backend, _log).Write(model.Graph, model.Config, dir, force || keepProject is null, samples.Rows, EmulationRunner.Rows(emulated));
            var csim = new CsimRunner(_log).Run(dir);
            var values = csim.Values ?? csim.Outputs.Select(r => r.Select(v => new CsimValue(v)).ToArray()).ToList();
            var report = new BitExactComparer().Compare(emulated, values);
            return (report, PerOutput(emulated, values));
        }
        finally
        {
            if (keepProject is null) TryDelete(dir);
            else if (Directory.Exists(dir)) _log.Information("C-simulation project kept in {Dir}", Path.GetFullPath(dir));
        }
    }

    private static int[] PerOutput(InterpreterResult emulated, IReadOnlyList<CsimValue[]> csim)
    {
        var counts = new int[emulated.Outputs.Count];
        var batch = emulated.Outputs[0].Batch;
        if (csim.Count != batch) return counts;
        for (var b = 0; b < batch; b++)
        {
            var column = 0;
            for (var k = 0; k < emulated.Outputs.Count; k++)
            {
                var tensor = emulated.Outputs[k];
                var ok = true;
                for (var i = 0; i < tensor.SampleSize; i++, column++)
                {
                    ok &= column < csim[b].Length && BitExactComparer.Same(tensor.At(b * tensor.SampleSize + i), tensor.Type, csim[b][column]);
                }
                if (ok) counts[k]++;
            }
        }
        return counts;
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
