using System.Diagnostics;

namespace Hls4Net.Backends.Cpp.Build;

/// <summary>
/// One build of a cache key at a time, across threads and processes: an exclusive lock on <c>&lt;name&gt;.lock</c> in
/// the cache folder (a file opened without sharing; the operating system releases it when its holder ends, even by a
/// crash). A second build of the same key waits, then finds the first one's result in the cache instead of compiling
/// it again. After the given wait it gives up waiting and builds anyway (the cache's atomic publishing keeps
/// that safe); the lock only saves work.
/// </summary>
public sealed class BuildLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream? _file;
    private readonly string _path;

    private BuildLock(FileStream? file, string path)
    {
        _file = file;
        _path = path;
    }

    /// <summary>True when this build holds the lock (false: the wait ran out, the build goes on without it).</summary>
    public bool Held => _file is not null;

    /// <summary>Takes the lock <paramref name="name"/> in <paramref name="directory"/>, waiting up to <paramref name="wait"/>.</summary>
    public static BuildLock Acquire(string directory, string name, TimeSpan wait, CancellationToken cancel = default)
    {
        var path = Path.Combine(directory, name + ".lock");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            try
            {
                return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), path);
            }
            catch (IOException) when (clock.Elapsed < wait)
            {
                // held by another build of the same key
            }
            catch (IOException)
            {
                return new BuildLock(null, path);
            }
            catch (UnauthorizedAccessException)
            {
                return new BuildLock(null, path);
            }
            Thread.Sleep(Poll);
        }
    }

    /// <summary>Releases the lock and removes its file.</summary>
    public void Dispose()
    {
        if (_file is null) return;
        try
        {
            File.Delete(_path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        _file.Dispose();
    }
}
