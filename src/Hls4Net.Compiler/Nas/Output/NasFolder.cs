using Hls4Net.Core.Config;
using Hls4Net.Nas.Search;
using Hls4Net.Nas.Space;

namespace Hls4Net.Nas.Output;

/// <summary>
/// The output folder of <c>hls4net nas</c>: results.csv, results.json, pareto.svg and <c>top/NN_id/</c> with each
/// top-k candidate's freshly initialized <c>model.onnx</c> and its <c>hls4ml_config.yml</c> (the kept precision, reuse
/// factor and strategy, part, clock and io type; <c>OnnxModel: model.onnx</c>). The folder is written whole into a
/// temporary sibling and renamed into place, so a reader never sees half of it. <see cref="Write"/> replaces only a
/// previous search's folder (nothing but these entries); the command line calls <see cref="Prepare"/> first so that
/// this needs <c>--force</c>.
/// </summary>
public static class NasFolder
{
    public const string ResultsCsv = "results.csv";
    public const string ResultsJson = "results.json";
    public const string ParetoSvg = "pareto.svg";
    public const string TopDir = "top";
    public const string ModelFile = "model.onnx";
    public const string ConfigFile = "hls4ml_config.yml";

    private static readonly string[] Known = [ResultsCsv, ResultsJson, ParetoSvg, TopDir];

    /// <summary>Check that <paramref name="dir"/> may be written: absent, empty, or a previous search with <paramref name="force"/>.</summary>
    /// <exception cref="UsageException">A file of that name, a folder holding anything else, or a previous search without --force.</exception>
    public static void Prepare(string dir, bool force)
    {
        if (File.Exists(dir)) throw new UsageException($"-o {dir}: a file of that name exists");
        if (!Directory.Exists(dir) || !Directory.EnumerateFileSystemEntries(dir).Any()) return;
        var foreign = Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName).Where(n => !Known.Contains(n)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (foreign is not null || !File.Exists(Path.Combine(dir, ResultsJson)))
        {
            throw new UsageException($"-o {dir}: the folder exists and is not a search folder ({foreign ?? "no " + ResultsJson}); give a new or empty folder");
        }
        if (!force) throw new UsageException($"-o {dir}: a search is already there; add --force to replace it");
    }

    /// <summary>
    /// Write the whole folder for <paramref name="report"/> (its top <paramref name="top"/> ranked candidates exported)
    /// and return the report with <see cref="NasReport.Top"/> set.
    /// </summary>
    public static NasReport Write(string dir, NasSpace space, NasSettings settings, NasReport report, int top)
    {
        Prepare(dir, force: true);
        var full = Path.GetFullPath(dir);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(temp);
            var exported = new List<string>();
            foreach (var row in report.Candidates.Where(c => c.Rank is { } r && r <= top))
            {
                var folder = $"{TopDir}/{row.Rank:00}_{row.Id}";
                ExportCandidate(Path.Combine(temp, folder), space, settings, row);
                exported.Add(folder);
            }
            report = report with { Top = exported };
            File.WriteAllText(Path.Combine(temp, ResultsCsv), NasCsv.Format(report));
            File.WriteAllText(Path.Combine(temp, ResultsJson), FileJson.Serialize(report));
            File.WriteAllText(Path.Combine(temp, ParetoSvg), new NasSvgWriter().Write(report));
            Replace(full, temp);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
        return report;
    }

    /// <summary>Write <paramref name="row"/>'s model (rebuilt from the space and the seed, as the search scored it) and configuration into <paramref name="folder"/>.</summary>
    public static void ExportCandidate(string folder, NasSpace space, NasSettings settings, NasCandidate row)
    {
        Directory.CreateDirectory(folder);
        var architecture = new NasEnumerator(space).At(row.Index);
        var network = NasNetworkBuilder.BuildInitialized(space, architecture, new SeededInitializer(settings.Init), settings.Seed);
        NasOnnxWriter.Write(network, $"{space.Name}_{row.Id}", Path.Combine(folder, ModelFile));
        var choice = space.HardwareChoices().First(c => c.Precision.Name == row.Precision && c.ReuseFactor == row.ReuseFactor && c.Strategy.ToString() == row.Strategy);
        var config = settings.Target.Config(choice, ProjectName(space, row));
        config.OnnxModel = ModelFile;
        File.WriteAllText(Path.Combine(folder, ConfigFile), new EffectiveConfigWriter().Write(config));
    }

    /// <summary>A C identifier for the project: <c>&lt;space&gt;_top&lt;rank&gt;</c>.</summary>
    public static string ProjectName(NasSpace space, NasCandidate row)
    {
        var stem = new string(space.Name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        return (char.IsAsciiDigit(stem[0]) ? "nas_" : "") + $"{stem}_top{row.Rank}";
    }

    private static void Replace(string target, string temp)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(temp, target);
            return;
        }
        var old = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.old");
        Directory.Move(target, old);
        Directory.Move(temp, target);
        Directory.Delete(old, recursive: true);
    }
}
