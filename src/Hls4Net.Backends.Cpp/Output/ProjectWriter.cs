using System.Text;

namespace Hls4Net.Backends.Cpp.Output;

/// <summary>
/// Collects a project's files and writes them atomically: everything goes into a temporary sibling folder
/// which is then moved into place, so a failure leaves neither the output folder nor temporary folders.
/// An existing output folder is only replaced with <c>force</c>, and only when <see cref="OutputFolderGuard"/> allows it
/// (a previous project of ours, holding none of <see cref="Inputs"/>): the new project is complete in the temporary
/// folder before the old one is moved aside and deleted. Every project gets the <see cref="OutputFolderGuard.MarkerFile"/>. Files are written in ordinal path order, text as UTF-8 without BOM with '\n' line endings.
/// </summary>
public sealed class ProjectWriter
{
    private readonly SortedDictionary<string, Action<string>> _files = new(StringComparer.Ordinal); // writes the file at the given path
    private readonly SortedSet<string> _dirs = new(StringComparer.Ordinal);

    /// <summary>Test hook: called with the relative path after each file is written into the temporary folder.</summary>
    internal Action<string>? AfterFileWritten { get; set; }

    /// <summary>Files the project is made from (model, weights, config, data): an output folder containing one is never replaced.</summary>
    public IReadOnlyList<string?> Inputs { get; init; } = [];

    /// <summary>Relative paths of the files added so far, in write order.</summary>
    public IEnumerable<string> Files => _files.Keys;

    /// <summary>Add a text file (line endings normalized to '\n').</summary>
    public void AddText(string relativePath, string content)
    {
        var bytes = new UTF8Encoding(false).GetBytes(Text.Normalize(content));
        Add(relativePath, path => File.WriteAllBytes(path, bytes));
    }

    /// <summary>
    /// Add a text file that <paramref name="write"/> writes only when the project is written, straight into the file
    /// (line endings normalized to '\n', UTF-8): large files (weights) are never held in memory, not even one at a time.
    /// An exception from <paramref name="write"/> fails <see cref="Commit"/> like a write error.
    /// </summary>
    public void AddStreamedText(string relativePath, Action<TextWriter> write) => Add(relativePath, path =>
    {
        using var output = new LineEndingWriter(new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16));
        write(output);
    });

    /// <summary>Add a copy of <paramref name="sourcePath"/>, byte for byte (streamed).</summary>
    public void AddCopy(string relativePath, string sourcePath) => Add(relativePath, path =>
    {
        using var source = File.OpenRead(sourcePath);
        using var target = File.Create(path);
        source.CopyTo(target);
    });

    /// <summary>Copy every file under <paramref name="sourceDir"/> (recursively) to <paramref name="relativeDir"/>.</summary>
    public void AddDirectoryCopy(string relativeDir, string sourceDir)
    {
        if (!Directory.Exists(sourceDir)) throw new BackendException($"folder '{sourceDir}' not found");
        AddDirectory(relativeDir);
        foreach (var file in Directory.GetFiles(sourceDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(sourceDir, file).Replace('\\', '/');
            AddCopy(relativeDir + "/" + rel, file);
        }
    }

    /// <summary>Make sure an (possibly empty) folder exists in the output.</summary>
    public void AddDirectory(string relativeDir) => _dirs.Add(CheckRelative(relativeDir));

    /// <summary>Throw when <paramref name="outputDir"/> cannot receive a project (see <see cref="OutputFolderGuard"/>).</summary>
    /// <returns>The real full path of the output folder.</returns>
    public static string CheckTarget(string outputDir, bool force, IEnumerable<string?>? inputs = null) => OutputFolderGuard.Check(outputDir, force, inputs);

    /// <summary>Write everything to <paramref name="outputDir"/> atomically.</summary>
    public void Commit(string outputDir, bool force)
    {
        var given = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var full = OutputFolderGuard.Check(outputDir, force, Inputs);
        if (!_files.ContainsKey(OutputFolderGuard.MarkerFile)) AddText(OutputFolderGuard.MarkerFile, OutputFolderGuard.MarkerText);
        var parent = Path.GetDirectoryName(full) ?? throw new BackendException($"output folder '{full}' has no parent folder");
        var name = Path.GetFileName(full);
        var created = MissingAncestors(parent);
        var temp = Path.Combine(parent, $".{name}.hls4net-tmp-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(temp);
            foreach (var dir in _dirs) Directory.CreateDirectory(Path.Combine(temp, dir));
            foreach (var (rel, content) in _files)
            {
                var path = Path.Combine(temp, rel);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                content(path);
                AfterFileWritten?.Invoke(rel);
            }
            MoveIntoPlace(temp, full, parent, name);
        }
        catch (Exception e)
        {
            TryDelete(temp);
            foreach (var dir in created) TryDeleteEmpty(dir);
            if (e is IOException or UnauthorizedAccessException && e.Message.Contains(temp, StringComparison.Ordinal))
            {
                // The temporary folder is ours; name the folder the user asked for instead.
                var reason = e.Message.Replace($"'{temp}'", "", StringComparison.Ordinal).Replace(temp, "", StringComparison.Ordinal).Trim().TrimEnd(':', '.').Trim();
                throw new BackendException($"cannot write output folder '{given}' (in '{parent}'): {reason}", e);
            }
            throw;
        }
    }

    private static void MoveIntoPlace(string temp, string full, string parent, string name)
    {
        if (!Directory.Exists(full))
        {
            Directory.Move(temp, full);
            return;
        }
        var old = Path.Combine(parent, $".{name}.hls4net-old-{Guid.NewGuid():N}");
        Directory.Move(full, old);
        try
        {
            Directory.Move(temp, full);
        }
        catch
        {
            Directory.Move(old, full);
            throw;
        }
        TryDelete(old);
    }

    private void Add(string relativePath, Action<string> content)
    {
        var rel = CheckRelative(relativePath);
        if (!_files.TryAdd(rel, content)) throw new BackendException($"project file '{rel}' would be written twice");
    }

    private static string CheckRelative(string relativePath)
    {
        var rel = relativePath.Replace('\\', '/');
        if (rel.Length == 0 || rel.StartsWith('/') || rel.Split('/').Any(p => p is "" or "." or ".."))
        {
            throw new ArgumentException($"'{relativePath}' is not a plain relative path");
        }
        return rel;
    }

    /// <summary>Ancestors of <paramref name="dir"/> (itself included) that do not exist yet, deepest first.</summary>
    private static List<string> MissingAncestors(string dir)
    {
        var list = new List<string>();
        for (var d = dir; d is not null && !Directory.Exists(d); d = Path.GetDirectoryName(d)) list.Add(d);
        return list;
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void TryDeleteEmpty(string dir)
    {
        try
        {
            if (Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
