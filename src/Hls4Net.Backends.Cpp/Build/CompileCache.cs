using System.Security.Cryptography;
using System.Text;

namespace Hls4Net.Backends.Cpp.Build;

/// <summary>
/// Built executables kept by content: the key hashes the compiler (path, size, time stamp) and every compiler
/// argument, where an argument naming an existing file or folder stands for its contents (all files below it, by
/// relative path) and the output path after <c>-o</c> is left out. The same sources, headers and flags in another
/// folder therefore reuse the binary. Files the compiler never reads (data a program loads at run time, such as a
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
                    hash.AppendData(File.ReadAllBytes(f));
                }
            }
            else if (File.Exists(a))
            {
                Add("file:" + Path.GetFileName(a));
                hash.AppendData(File.ReadAllBytes(a));
            }
            else
            {
                Add(a);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
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
