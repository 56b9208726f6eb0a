namespace Hls4Net.Backends.Cpp.Templates;

/// <summary>
/// An ordered search path of template folders: a file is taken from the first folder that has it. A backend puts
/// overlay folders (a user's or a test's modified templates and headers) before its own templates folder, so that
/// any template or copied header can be replaced without touching the installation.
/// </summary>
public sealed class TemplateFolders
{
    /// <param name="folders">Folders searched in order (first wins); at least one.</param>
    public TemplateFolders(IEnumerable<string> folders)
    {
        Folders = folders.Select(Path.GetFullPath).ToList();
        if (Folders.Count == 0) throw new ArgumentException("at least one template folder is needed", nameof(folders));
    }

    /// <summary>The folders, in search order; the last one is the backend's own.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>True when some folder holds <paramref name="relativePath"/>.</summary>
    public bool Exists(string relativePath) => TryFind(relativePath) is not null;

    /// <summary>Full path of <paramref name="relativePath"/> in the first folder that holds it.</summary>
    /// <exception cref="FileNotFoundException">No folder holds it (the message names the backend's own folder).</exception>
    public string Find(string relativePath) =>
        TryFind(relativePath) ?? throw new FileNotFoundException($"template file not found: {Path.Combine(Folders[^1], relativePath)}");

    /// <summary>
    /// Every file below <paramref name="relativeDir"/> in any folder, as (path relative to <paramref name="relativeDir"/>
    /// with '/' separators, full path of the file that wins), in ordinal order of the relative path.
    /// </summary>
    /// <exception cref="BackendException">No folder has <paramref name="relativeDir"/>.</exception>
    public IReadOnlyList<(string RelativePath, string Source)> FilesUnder(string relativeDir)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var found = false;
        foreach (var folder in Folders)
        {
            var dir = Path.Combine(folder, relativeDir);
            if (!Directory.Exists(dir)) continue;
            found = true;
            foreach (var file in Directory.GetFiles(dir, "*", SearchOption.AllDirectories))
            {
                files.TryAdd(Path.GetRelativePath(dir, file).Replace('\\', '/'), file);
            }
        }
        if (!found) throw new BackendException($"folder '{Path.Combine(Folders[^1], relativeDir)}' not found");
        return files.Select(kv => (kv.Key, kv.Value)).ToList();
    }

    private string? TryFind(string relativePath) =>
        Folders.Select(f => Path.Combine(f, relativePath)).FirstOrDefault(File.Exists);
}
