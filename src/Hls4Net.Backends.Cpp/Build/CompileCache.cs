using System.Security.Cryptography;
using System.Text;

namespace Hls4Net.Backends.Cpp.Build;

/// <summary>
/// Built executables kept by content: the key hashes the compiler (path, size, time stamp) and every compiler
/// argument, where an argument naming an existing file or folder stands for its contents (all files below it, by
/// relative path) and the output path after <c>-o</c> is left out. The same sources, headers and flags in another
/// folder therefore reuse the binary. In C and C++ files, the text of a line that holds only a <c>//</c> comment is not
/// part of the key (the line itself is, so line numbers still count): projects that differ only in such comments,
/// e.g. the model name in a generated file's first line, share one binary. Files the compiler never reads (data a program loads at run time, such as a
/// C simulation's weight text files below an include folder) can be left out of the key by the caller. Entries are
/// written through a temporary file and an atomic rename, so concurrent builds of the same key are safe
/// (<see cref="BuildLock"/> lets only one of them compile).
/// </summary>
public sealed class CompileCache
{
    private readonly string _dir;

    public CompileCache(string directory)
    {
        _dir = Path.GetFullPath(directory);
        Directory.CreateDirectory(_dir);
    }

    /// <summary>The cache folder.</summary>
    public string Folder => _dir;

    /// <summary>
    /// The cache key of compiling with <paramref name="compiler"/> and <paramref name="args"/>; files below a folder
    /// argument for which <paramref name="runtimeOnly"/> is true (full paths) are not part of it.
    /// </summary>
    public static string Key(string compiler, IReadOnlyList<string> args, Func<string, bool>? runtimeOnly = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string s) => hash.AppendData(Encoding.UTF8.GetBytes(s + "\0"));
        var info = new FileInfo(compiler);
        Add($"{Path.GetFullPath(compiler)}|{(info.Exists ? info.Length : -1)}|{(info.Exists ? info.LastWriteTimeUtc.Ticks : 0)}");
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "-o")
            {
                Add("-o");
                i++;
                continue;
            }
            var a = args[i];
            if (Directory.Exists(a))
            {
                Add("dir");
                var root = Path.GetFullPath(a);
                foreach (var f in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (runtimeOnly is not null && runtimeOnly(f)) continue;
                    Add(Path.GetRelativePath(root, f));
                    AppendContents(hash, f);
                }
            }
            else if (File.Exists(a))
            {
                Add("file:" + Path.GetFileName(a));
                AppendContents(hash, a);
            }
            else
            {
                Add(a);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static readonly HashSet<string> SourceExtensions = new(StringComparer.OrdinalIgnoreCase) { ".h", ".hh", ".hpp", ".hxx", ".c", ".cc", ".cpp", ".cxx", ".inc" };

    /// <summary>
    /// Adds a file's bytes to the key; in a C/C++ file, a line whose first non-blank characters are <c>//</c> counts as
    /// <c>//</c> alone, unless it ends in a backslash (which splices the next line into the comment).
    /// </summary>
    private static void AppendContents(IncrementalHash hash, string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!SourceExtensions.Contains(Path.GetExtension(path)))
        {
            hash.AppendData(bytes);
            return;
        }
        var text = bytes.AsSpan();
        var run = 0; // start of the bytes not yet added
        var at = 0;
        while (at < text.Length)
        {
            var newline = text[at..].IndexOf((byte)'\n');
            var end = newline < 0 ? text.Length : at + newline + 1;
            var line = text[at..end].TrimEnd("\r\n"u8);
            if (line.TrimStart(" \t"u8).StartsWith("//"u8) && !line.EndsWith("\\"u8))
            {
                hash.AppendData(text[run..at]);
                hash.AppendData("//\n"u8);
                run = end;
            }
            at = end;
        }
        hash.AppendData(text[run..]);
    }

    /// <summary>Copies the cached executable for <paramref name="key"/> to <paramref name="exe"/>; false when there is none.</summary>
    public bool TryRestore(string key, string exe)
    {
        var cached = Path.Combine(_dir, key);
        if (!File.Exists(cached)) return false;
        try
        {
            File.Copy(cached, exe, overwrite: true);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Keeps a copy of the freshly built <paramref name="exe"/> under <paramref name="key"/>.</summary>
    public void Store(string key, string exe)
    {
        var temp = Path.Combine(_dir, $"{key}.{Guid.NewGuid():N}.tmp");
        File.Copy(exe, temp, overwrite: true);
        File.Move(temp, Path.Combine(_dir, key), overwrite: true);
    }
}
