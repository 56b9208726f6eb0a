using Hls4Net.Core.Data;
using Hls4Net.Synthesis;

namespace Hls4Net.Sweeps;

/// <summary>
/// <c>hls4net sweep collect DIR</c>: merges each point's build record (<c>points/ID/hls4net_build.json</c>, written by
/// <c>hls4net build</c>) into the sweep's results: the C synthesis and Vivado figures beside the estimates, then
/// rewrites results.csv, results.json and pareto.svg. A missing record or a failed build is reported on its row
/// (<see cref="SweepResult.SynthStatus"/> "missing" or the build's status); only when no point built is it an error.
/// </summary>
public sealed class SweepCollector
{
    /// <summary>The merged report and the ids whose record is missing or whose build failed.</summary>
    public sealed record Outcome(SweepReport Report, IReadOnlyList<string> Built, IReadOnlyList<string> Missing, IReadOnlyList<string> Failed);

    public Outcome Collect(string dir)
    {
        var json = Path.Combine(dir, SweepFolder.ResultsJson);
        if (!File.Exists(json)) throw new InputDataException($"{dir}: not a sweep folder (no {SweepFolder.ResultsJson})");
        var report = FileJson.Read<SweepReport>(json);
        List<string> built = [], missing = [], failed = [];
        var merged = new List<SweepResult>();
        foreach (var point in report.Points)
        {
            if (point.Status != "ok")
            {
                merged.Add(point);
                continue;
            }
            var path = Path.Combine(dir, SweepFolder.Points, point.Id, BuildRecord.FileName);
            if (!File.Exists(path))
            {
                missing.Add(point.Id);
                merged.Add(Clear(point) with { SynthStatus = "missing" });
                continue;
            }
            BuildRecord record;
            try
            {
                record = FileJson.Read<BuildRecord>(path);
            }
            catch (InputDataException)
            {
                failed.Add(point.Id);
                merged.Add(Clear(point) with { SynthStatus = "unreadable" });
                continue;
            }
            (record.Status == "ok" ? built : failed).Add(point.Id);
            merged.Add(Clear(point) with
            {
                SynthStatus = record.Status,
                SynthDsp = record.Csynth?.Used.Dsp,
                SynthLut = record.Csynth?.Used.Lut,
                SynthFf = record.Csynth?.Used.Ff,
                SynthBram18K = record.Csynth?.Used.Bram18K,
                SynthLatencyCycles = record.Csynth?.LatencyWorstCycles,
                SynthIi = record.Csynth?.IntervalMax,
                VivadoDsp = record.Vivado?.Used.Dsp,
                VivadoLut = record.Vivado?.Used.Lut,
                VivadoFf = record.Vivado?.Used.Ff,
            });
        }
        if (built.Count == 0)
        {
            throw new InputDataException($"{dir}: no point has a successful build record ({missing.Count} missing, {failed.Count} failed: {string.Join(", ", missing.Concat(failed).Order(StringComparer.Ordinal).Take(10))}); run the jobs first");
        }
        var result = report with { Points = merged };
        SweepFolder.WriteResults(dir, result);
        return new Outcome(result, built, missing, failed);
    }

    private static SweepResult Clear(SweepResult r) => r with
    {
        SynthStatus = null, SynthDsp = null, SynthLut = null, SynthFf = null, SynthBram18K = null, SynthLatencyCycles = null, SynthIi = null,
        VivadoDsp = null, VivadoLut = null, VivadoFf = null,
    };
}
