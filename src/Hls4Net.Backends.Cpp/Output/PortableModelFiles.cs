using Hls4Net.Core.Config;

namespace Hls4Net.Backends.Cpp.Output;

/// <summary>
/// Keeps a project portable: the model files named by the config (OnnxModel, KerasJson, KerasH5, KerasModel) are
/// copied into the project's <c>model/</c> folder and hls4ml_config.yml names them there, relative to itself;
/// data files (InputData, OutputPredictions) are written relative to the project folder. No absolute path of the
/// machine that converted the model ends up in the project, so it still works after being moved.
/// </summary>
public sealed class PortableModelFiles
{
    /// <summary>Project folder that receives the model copies.</summary>
    public const string ModelFolder = "model";

    private readonly Dictionary<string, string> _relative = new(StringComparer.Ordinal);
    private readonly string _projectDir;

    /// <param name="config">The config whose model and data paths are mapped.</param>
    /// <param name="projectDir">Full (real) path of the project folder being written.</param>
    public PortableModelFiles(ProjectConfig config, string projectDir)
    {
        _projectDir = projectDir;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in new[] { config.OnnxModel, config.KerasJson, config.KerasH5, config.KerasModel })
        {
            if (model is null || _relative.ContainsKey(model) || !File.Exists(model)) continue;
            var name = Path.GetFileName(model);
            var stem = Path.GetFileNameWithoutExtension(model);
            for (var i = 2; !used.Add(name); i++) name = $"{stem}_{i}{Path.GetExtension(model)}";
            _relative[model] = ModelFolder + "/" + name;
        }
    }

    /// <summary>Model files to copy: (path inside the project, source file).</summary>
    public IEnumerable<(string RelativePath, string Source)> Copies => _relative.Select(kv => (kv.Value, kv.Key));

    /// <summary>The path to write into hls4ml_config.yml for <paramref name="path"/> (relative to the project folder).</summary>
    public string Map(string path) =>
        _relative.TryGetValue(path, out var rel) ? rel : Path.GetRelativePath(_projectDir, Path.GetFullPath(path)).Replace('\\', '/');
}
