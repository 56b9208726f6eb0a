namespace Hls4Net.Sweeps;

/// <summary>The files of a sweep folder and the rule for writing into one.</summary>
public static class SweepFolder
{
    public const string ResultsCsv = "results.csv";
    public const string ResultsJson = "results.json";
    public const string ParetoSvg = "pareto.svg";
    public const string PointsTxt = "points.txt";
    public const string RunPoint = "run_point.sh";
    public const string Slurm = "slurm.sh";
    public const string HtCondor = "htcondor.sub";
    public const string Points = "points";
    public const string Logs = "logs";

    /// <summary>
    /// Check that <paramref name="dir"/> may be written: absent, empty, or a previous sweep (it has results.json) with
    /// <paramref name="force"/>. Nothing else is ever overwritten.
    /// </summary>
    public static void Prepare(string dir, bool force)
    {
        if (File.Exists(dir)) throw new UsageException($"-o {dir}: a file of that name exists");
        if (!Directory.Exists(dir) || !Directory.EnumerateFileSystemEntries(dir).Any()) return;
        if (!File.Exists(Path.Combine(dir, ResultsJson))) throw new UsageException($"-o {dir}: the folder exists and is not a sweep folder (no {ResultsJson}); give a new or empty folder");
        if (!force) throw new UsageException($"-o {dir}: a sweep is already there; add --force to replace its results");
    }

    /// <summary>Write results.csv, results.json and pareto.svg of <paramref name="report"/> into <paramref name="dir"/>, each atomically.</summary>
    public static void WriteResults(string dir, SweepReport report)
    {
        Directory.CreateDirectory(dir);
        AtomicFile.WriteAllText(Path.Combine(dir, ResultsCsv), SweepCsv.Format(report.Points));
        AtomicFile.WriteAllText(Path.Combine(dir, ResultsJson), FileJson.Serialize(report));
        AtomicFile.WriteAllText(Path.Combine(dir, ParetoSvg), new ParetoSvgWriter().Write(report));
    }
}
