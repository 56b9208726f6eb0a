using Hls4Net.Backends.Cpp.Build;
using Serilog;

namespace Hls4Net.Backends.Vitis.Csim;

/// <summary>
/// The fixed part of every C simulation, compiled once: a header that includes the standard headers the testbench
/// uses, ap_fixed.h, ap_int.h, hls_stream.h and every <c>firmware/nnet_utils</c> header, precompiled by g++ with the
/// build's own flags into a build cache (<c>pch-&lt;key&gt;/hls4net_pch.h.gch</c>). It is compiled from a copy of
/// nnet_utils and the ap_types folders only, never from the project's own files (a header that reached for one would
/// fail here, and the build would go on without a precompiled header), and its key hashes the compiler, the flags and
/// the contents of those folders, so it is reused for the very same headers in every project. The translation units
/// take it with <c>-include</c>; their own later includes of the same headers are no-ops (include guards). When g++
/// cannot use the file it reads the header text instead: slower, same program. Folders are published by an atomic
/// rename, so concurrent builds are safe, and a <see cref="BuildLock"/> lets only one of them compile.
/// </summary>
internal static class PrecompiledHeader
{
    public const string FileName = "hls4net_pch.h";

    private static readonly string[] StandardHeaders = ["cmath", "cstddef", "cstdio", "cstdlib", "fstream", "iostream", "string", "vector"];

    /// <summary>
    /// The path of the header to pass with <c>-include</c> (its <c>.gch</c> beside it), building it when missing;
    /// null when the project has no nnet_utils folder or the build failed (the caller compiles without it).
    /// </summary>
    public static string? Prepare(string compiler, IReadOnlyList<string> flags, string firmwareDir, IReadOnlyList<string> apTypeDirs,
        string cacheDir, TimeSpan timeout, ILogger log, CancellationToken cancel)
    {
        var nnet = Path.Combine(firmwareDir, "nnet_utils");
        if (!Directory.Exists(nnet)) return null;
        // Built beside its final place (same volume), then renamed into it.
        var cache = Directory.CreateDirectory(Path.GetFullPath(cacheDir)).FullName;
        string? scratch = Directory.CreateDirectory(Path.Combine(cache, ".tmp-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var copy = Directory.CreateDirectory(Path.Combine(scratch, "nnet_utils")).FullName;
            foreach (var f in Directory.EnumerateFiles(nnet, "*.h")) File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
            var includeDirs = new List<string> { scratch };
            includeDirs.AddRange(apTypeDirs);
            var header = Path.Combine(scratch, FileName);
            File.WriteAllText(header, HeaderText(copy, apTypeDirs));
            var keyArgs = new List<string>(flags);
            foreach (var d in includeDirs) keyArgs.AddRange(["-I", d]);
            var final = Path.Combine(cache, "pch-" + CompileCache.Key(compiler, keyArgs)[..32]);
            var finalHeader = Path.Combine(final, FileName);
            if (File.Exists(finalHeader + ".gch")) return finalHeader;
            // Every project of a run needs the same header at once: one build, the others wait for it.
            using var building = BuildLock.Acquire(cache, Path.GetFileName(final), timeout, cancel);
            if (File.Exists(finalHeader + ".gch")) return finalHeader;

            var args = new List<string>(flags) { "-x", "c++-header" };
            foreach (var d in includeDirs) args.AddRange(["-I", d]);
            args.AddRange([header, "-o", header + ".gch"]);
            var build = ProcessRunner.Run(compiler, args, scratch, timeout, cancel);
            if (build.ExitCode != 0)
            {
                log.Debug("Precompiled header not built (exit {Code}); compiling without it: {Output}", build.ExitCode, CompilerOutput.FirstErrors(build.StdErr + build.StdOut));
                return null;
            }
            try
            {
                Directory.Move(scratch, final);
                scratch = null;
            }
            catch (IOException) when (File.Exists(finalHeader + ".gch"))
            {
                // another build published the same header first
            }
            return File.Exists(finalHeader + ".gch") ? finalHeader : null;
        }
        finally
        {
            if (scratch is not null) TryDelete(scratch);
        }
    }

    private static string HeaderText(string nnetDir, IReadOnlyList<string> apTypeDirs)
    {
        var lines = new List<string> { "// Hls4Net C simulation: headers shared by every project, precompiled once." };
        lines.AddRange(StandardHeaders.Select(h => $"#include <{h}>"));
        foreach (var h in new[] { "ap_fixed.h", "ap_int.h", "hls_stream.h" })
        {
            if (apTypeDirs.Any(d => File.Exists(Path.Combine(d, h)))) lines.Add($"#include \"{h}\"");
        }
        lines.AddRange(Directory.EnumerateFiles(nnetDir, "*.h").Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Select(f => $"#include \"nnet_utils/{f}\""));
        return string.Join("\n", lines) + "\n";
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
