namespace Hls4Net.Backends.Cpp.Output;

/// <summary>
/// Decides whether a folder may receive a project, so that nothing we did not write is ever lost.
/// A missing folder or an empty one is always fine. A non-empty folder is replaced only with <c>force</c>, and only
/// when it holds the <see cref="MarkerFile"/> that every project we write carries, and when it contains none of the
/// files the project is made from (model, weights, config, data). The folder is compared by its real path
/// (symbolic links resolved), and the working folder (or one that contains it) is never replaced.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>File written at the root of every generated project; marks a folder that <c>--force</c> may replace.</summary>
    public const string MarkerFile = ".hls4net-project";

    /// <summary>Content of <see cref="MarkerFile"/> (constant, so that projects stay byte-identical).</summary>
    public const string MarkerText = "This folder was written by hls4net convert; hls4net convert --force may replace it.\n";

    /// <summary>
    /// Throw a <see cref="BackendException"/> (one line naming the path) when <paramref name="outputDir"/>
    /// cannot receive a project. Returns the real full path of the output folder to write.
    /// </summary>
    public static string Check(string outputDir, bool force, IEnumerable<string?>? inputs = null)
    {
        var given = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var full = RealPath(given);
        var blocker = FileAncestor(full);
        if (blocker is not null)
        {
            throw new BackendException(blocker == full
                ? $"output path '{given}' is a file, not a folder"
                : $"output folder '{given}' cannot be created: '{blocker}' is a file, not a folder");
        }
        if (!Directory.Exists(full) || !Directory.EnumerateFileSystemEntries(full).Any()) return full;
        if (!force) throw new BackendException($"output folder '{given}' is not empty; use --force to replace it");
        if (!File.Exists(Path.Combine(full, MarkerFile)))
        {
            throw new BackendException(
                $"output folder '{given}' is not an Hls4Net project (no {MarkerFile} file), so --force will not replace it; choose a new or empty folder");
        }
        var cwd = RealPath(Path.TrimEndingDirectorySeparator(Directory.GetCurrentDirectory()));
        if (IsSameOrInside(cwd, full))
        {
            throw new BackendException($"output folder '{given}' is (or contains) the current folder, so --force will not replace it; run from elsewhere or choose another folder");
        }
        foreach (var input in inputs ?? [])
        {
            if (string.IsNullOrEmpty(input)) continue;
            var real = RealPath(Path.GetFullPath(input));
            if (IsSameOrInside(real, full))
            {
                throw new BackendException($"output folder '{given}' contains the input file '{Path.GetFullPath(input)}', which --force would delete; choose another output folder");
            }
        }
        return full;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies (at any depth) inside it.</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var f = Path.TrimEndingDirectorySeparator(folder);
        var p = Path.TrimEndingDirectorySeparator(path);
        return p.Equals(f, comparison) || p.StartsWith(f + Path.DirectorySeparatorChar, comparison) || (f.Length > 0 && f[^1] == Path.DirectorySeparatorChar && p.StartsWith(f, comparison));
    }

    /// <summary><paramref name="fullPath"/> with every symbolic link among its existing components resolved.</summary>
    public static string RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo? target = null;
            try
            {
                var info = new FileInfo(next);
                if (info.Exists || Directory.Exists(next))
                {
                    target = Directory.Exists(next) ? new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true) : info.ResolveLinkTarget(returnFinalTarget: true);
                }
                else if (info.LinkTarget is not null)
                {
                    target = info.ResolveLinkTarget(returnFinalTarget: true); // dangling link: follow as far as it goes
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
            current = target is null ? next : Path.TrimEndingDirectorySeparator(Path.GetFullPath(target.FullName));
        }
        return current.Length == 0 ? fullPath : current;
    }

    /// <summary>The first existing file among <paramref name="full"/> and its ancestors, or null.</summary>
    private static string? FileAncestor(string full)
    {
        for (var d = full; !string.IsNullOrEmpty(d); d = Path.GetDirectoryName(d))
        {
            if (File.Exists(d)) return d;
            if (Directory.Exists(d)) return null;
        }
        return null;
    }
}
