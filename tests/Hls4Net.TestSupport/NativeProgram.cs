using System.ComponentModel;
using System.Diagnostics;
using Hls4Net.Backends.Cpp.Build;

namespace Hls4Net.TestSupport;

/// <summary>
/// The one g++ runner of the tests: builds a C++ program into <see cref="CacheDir"/>, keyed by a hash of its source,
/// headers and flags (<see cref="CompileCache"/>), so the same program is compiled once per machine and reused by
/// every test, test project and later run; and runs programs with captured output, optional stdin and a time limit.
/// </summary>
public static class NativeProgram
{
    private static readonly Lazy<string> Cache = new(() =>
    {
        var dir = Environment.GetEnvironmentVariable("HLS4NET_TEST_BUILD_CACHE") is { Length: > 0 } set
            ? set
            : Path.Combine(Path.GetTempPath(), "hls4net-test-builds");
        Directory.CreateDirectory(dir);
        Prune(dir, TimeSpan.FromDays(3));
        return dir;
    });

    /// <summary>Where built programs and simulations are kept ($HLS4NET_TEST_BUILD_CACHE, else the system temp folder).</summary>
    public static string CacheDir => Cache.Value;

    /// <summary>
    /// The executable of <paramref name="source"/> compiled with <c>g++ flags -I dirs</c>: reused when the same source,
    /// headers and flags were built before, otherwise compiled now. Throws with the compiler's first lines on failure.
    /// </summary>
    public static string Build(string name, string source, IEnumerable<string> flags, IEnumerable<string> includeDirs, TimeSpan? timeout = null)
    {
        var compiler = ExecutableSearch.Find("g++")
            ?? throw new InvalidOperationException("g++ not found on PATH: the C++ tests need it (bash scripts/setup.sh installs it)");
        var dir = Directory.CreateTempSubdirectory("hls4net-gxx-").FullName;
        try
        {
            var cpp = Path.Combine(dir, name + ".cpp");
            File.WriteAllText(cpp, source);
            var exe = Path.Combine(dir, name);
            var args = flags.ToList();
            foreach (var inc in includeDirs) args.AddRange(["-I", inc]);
            args.AddRange([cpp, "-o", exe]);
            var key = CompileCache.Key(compiler, args);
            var cached = Path.Combine(CacheDir, key);
            if (File.Exists(cached)) return cached;
            // The same program wanted by another test (or test assembly) at the same time: one g++ run.
            using var building = BuildLock.Acquire(CacheDir, key, timeout ?? TimeSpan.FromMinutes(20));
            if (File.Exists(cached)) return cached;
            var build = Run(compiler, args, timeout: timeout ?? TimeSpan.FromMinutes(20));
            if (build.ExitCode != 0)
            {
                throw new InvalidOperationException($"g++ failed on {name}.cpp (exit {build.ExitCode}):\n{Head(build.StdErr + build.StdOut)}");
            }
            new CompileCache(CacheDir).Store(key, exe);
            return cached;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Runs <paramref name="file"/>; returns its exit code and output. Throws when it cannot start or times out.</summary>
    public static ProcessResult Run(string file, IEnumerable<string> args, string? stdin = null, string? workDir = null, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        if (workDir is not null) psi.WorkingDirectory = workDir;
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process p;
        try
        {
            p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start '{file}'");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"could not start '{file}' (is it installed and on PATH?): {e.Message}", e);
        }
        using (p)
        {
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (stdin is not null)
            {
                p.StandardInput.Write(stdin);
                p.StandardInput.Close();
            }
            var limit = timeout ?? TimeSpan.FromMinutes(5);
            if (!p.WaitForExit(limit))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{Path.GetFileName(file)}' did not finish within {limit}");
            }
            p.WaitForExit();
            return new ProcessResult(p.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
    }

    /// <summary>The first 6,000 characters of <paramref name="text"/>.</summary>
    public static string Head(string text) => text.Length <= 6000 ? text : text[..6000] + "...";

    private static void Prune(string dir, TimeSpan age)
    {
        foreach (var f in Directory.EnumerateFiles(dir))
        {
            try
            {
                if (DateTime.UtcNow - File.GetLastWriteTimeUtc(f) > age) File.Delete(f);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
