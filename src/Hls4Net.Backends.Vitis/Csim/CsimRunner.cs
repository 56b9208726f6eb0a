using Hls4Net.Backends.Cpp.Build;
using Serilog;

namespace Hls4Net.Backends.Vitis.Csim;

/// <summary>
/// C simulation of a generated project with g++: compiles <c>&lt;project&gt;_test.cpp</c> and
/// <c>firmware/&lt;project&gt;.cpp</c> with <c>-std=c++14 -O2 -Wall -Wextra</c> (the level from
/// <see cref="CsimOptions.OptimizationLevel"/>; <c>-Werror</c> only when <see cref="CsimOptions.WarningsAsErrors"/>) into
/// <c>&lt;project dir&gt;/csim_build/</c>, runs it in the project folder and parses tb_data/csim_results.log. The ap_types
/// headers come from <see cref="CsimOptions.ApTypesDir"/>, else <c>$XILINX_HLS/include</c>, else the project's bundled
/// <c>firmware/ap_types</c>; the bundled folder is always a later include folder, so headers the chosen folder lacks
/// (hls_stream.h next to Xilinx's open-source ap_*.h) come from it. Nothing is cached between runs unless
/// <see cref="CsimOptions.BuildCacheDir"/> is set.
/// </summary>
public sealed class CsimRunner
{
    /// <summary>Message when the compiler is missing.</summary>
    public const string MissingCompilerHint = "install it with apt-get install -y g++";

    private readonly ILogger _log;

    public CsimRunner(ILogger? logger = null) => _log = (logger ?? Log.Logger).ForContext<CsimRunner>();

    /// <summary>
    /// Compile and run the testbench of <paramref name="projectDir"/>. When <paramref name="inputFile"/> is given it
    /// is copied to tb_data/tb_input_features.dat first; otherwise the project's own file is used (or one
    /// sample of zeros when there is none).
    /// </summary>
    public CsimResult Run(string projectDir, string? inputFile = null, CsimOptions? options = null, CancellationToken cancel = default)
    {
        options ??= new CsimOptions();
        var dir = Path.GetFullPath(projectDir);
        if (!Directory.Exists(dir)) throw new CsimException($"project folder '{dir}' not found");
        var name = options.ProjectName ?? DetectProjectName(dir);
        var testbench = Path.Combine(dir, name + "_test.cpp");
        var top = Path.Combine(dir, "firmware", name + ".cpp");
        foreach (var f in new[] { testbench, top })
        {
            if (!File.Exists(f)) throw new CsimException($"'{f}' not found; is '{dir}' a generated project?");
        }
        var apTypes = ResolveApTypes(dir, options.ApTypesDir);
        var compiler = CompilerLocator.Find(options.Compiler)
            ?? throw new CompilerNotFoundException($"{options.Compiler} not found on PATH: {MissingCompilerHint}");

        var tbData = Path.Combine(dir, "tb_data");
        Directory.CreateDirectory(tbData);
        var features = Path.Combine(tbData, "tb_input_features.dat");
        if (inputFile is not null)
        {
            var src = Path.GetFullPath(inputFile);
            if (!File.Exists(src)) throw new CsimException($"input file '{src}' not found");
            if (!string.Equals(src, features, StringComparison.Ordinal)) File.Copy(src, features, overwrite: true);
        }
        var samples = File.Exists(features) ? CountSamples(features) : 1;

        var buildDir = Path.Combine(dir, "csim_build");
        Directory.CreateDirectory(buildDir);
        var exe = Path.Combine(buildDir, name + "_csim" + (OperatingSystem.IsWindows() ? ".exe" : ""));
        if (File.Exists(exe)) File.Delete(exe);
        _log.Information("Compiling C simulation of {Project} with {Compiler} (ap_types: {ApTypes})...", name, compiler, apTypes);
        var args = CompilerArguments(dir, apTypes, testbench, top, exe, options.WarningsAsErrors, OptimizationFlag(options.OptimizationLevel));
        var cache = options.BuildCacheDir is null ? null : new CompileCache(options.BuildCacheDir);
        var key = cache is null ? null : CompileCache.Key(compiler, args, WeightTextFilter(dir));
        var restored = cache is not null && cache.TryRestore(key!, exe);
        // A build of the same key in another thread or process comes first: wait for it and take its result.
        using (var building = cache is null || restored ? null : BuildLock.Acquire(cache.Folder, key!, options.Timeout, cancel))
        {
            if (building is not null) restored = cache!.TryRestore(key!, exe);
            if (!restored) Build(compiler, args, dir, apTypes, testbench, top, exe, options, cache, key, cancel);
        }

        var log = Path.Combine(tbData, "csim_results.log");
        if (File.Exists(log)) File.Delete(log);
        _log.Information("Running C simulation: {Samples} samples...", samples);
        var run = ProcessRunner.Run(exe, [], dir, options.Timeout, cancel);
        if (run.ExitCode != 0)
        {
            if (File.Exists(log)) File.Delete(log);
            throw new CsimException($"C simulation testbench failed (exit code {run.ExitCode}): {CompilerOutput.Summary(run.StdErr, run.StdOut)}");
        }
        if (!File.Exists(log)) throw new CsimException($"C simulation did not write '{log}'");
        var values = CsimLogParser.ParseValues(File.ReadAllText(log), log);
        var outputs = values.Select(r => r.Select(v => v.Value).ToArray()).ToList();
        _log.Information("C simulation finished: {Samples} samples in {Log}", outputs.Count, log);
        return new CsimResult(outputs, log, exe, apTypes, values);
    }

    private void Build(string compiler, IReadOnlyList<string> args, string dir, string apTypes, string testbench, string top, string exe, CsimOptions options,
        CompileCache? cache, string? key, CancellationToken cancel)
    {
        var pchDir = options.UsePrecompiledHeader ? options.PrecompiledHeaderDir ?? options.BuildCacheDir : null;
        var pch = pchDir is null ? null : PrecompiledHeader.Prepare(compiler, args.TakeWhile(a => a != "-I").ToList(),
            Path.Combine(dir, "firmware"), ApTypeDirs(args), pchDir, options.Timeout, _log, cancel);
        if (pch is not null) args = CompilerArguments(dir, apTypes, testbench, top, exe, options.WarningsAsErrors, OptimizationFlag(options.OptimizationLevel), pch);
        var build = ProcessRunner.Run(compiler, args, dir, options.Timeout, cancel);
        if (build.ExitCode != 0)
        {
            throw new CsimException($"C simulation build failed ({Path.GetFileName(compiler)} exit code {build.ExitCode}, ap_types from '{apTypes}'): {CompilerOutput.FirstErrors(build.StdErr + build.StdOut)}");
        }
        if (build.StdErr.Length > 0) _log.Debug("Compiler warnings:\n{Warnings}", build.StdErr);
        cache?.Store(key!, exe);
    }

    /// <summary>
    /// g++ arguments: the project's firmware folder, then the chosen ap_types folder, then the project's bundled
    /// firmware/ap_types (when different) for whatever the chosen folder lacks.
    /// </summary>
    public static IReadOnlyList<string> CompilerArguments(string projectDir, string apTypes, string testbench, string top, string exe, bool warningsAsErrors, int optimizationLevel = 2,
        string? precompiledHeader = null)
    {
        var args = new List<string> { "-std=c++14", $"-O{optimizationLevel}", "-Wall", "-Wextra" };
        if (warningsAsErrors) args.Add("-Werror");
        args.AddRange(["-I", Path.Combine(projectDir, "firmware"), "-I", apTypes]);
        var bundled = Path.Combine(projectDir, "firmware", "ap_types");
        if (Directory.Exists(bundled) && !string.Equals(Path.GetFullPath(bundled), Path.GetFullPath(apTypes), StringComparison.Ordinal))
        {
            args.AddRange(["-I", bundled]);
        }
        if (precompiledHeader is not null) args.AddRange(["-include", precompiledHeader]);
        args.AddRange([testbench, top, "-o", exe]);
        return args;
    }

    /// <summary>
    /// The weight text files (<c>firmware/weights/*.txt</c>): the testbench reads them at start-up
    /// (nnet_weights_txt.h), g++ never does, so they are not part of the build key and a project whose weights
    /// differ only there reuses the cached simulation.
    /// </summary>
    public static Func<string, bool> WeightTextFilter(string projectDir)
    {
        var weights = Path.Combine(Path.GetFullPath(projectDir), "firmware", "weights") + Path.DirectorySeparatorChar;
        return f => f.StartsWith(weights, StringComparison.Ordinal) && f.EndsWith(".txt", StringComparison.Ordinal);
    }

    /// <summary>The include folders after the firmware folder (the ap_types folders), in order.</summary>
    private static List<string> ApTypeDirs(IReadOnlyList<string> args)
    {
        var dirs = new List<string>();
        for (var i = 0; i + 1 < args.Count; i++)
            if (args[i] == "-I") dirs.Add(args[i + 1]);
        return dirs.Skip(1).ToList();
    }

    /// <summary>The ap_types folder used: explicit override, else $XILINX_HLS/include, else the bundled copy.</summary>
    public static string ResolveApTypes(string projectDir, string? overrideDir) =>
        ResolveApTypes(projectDir, overrideDir, Environment.GetEnvironmentVariable("XILINX_HLS"));

    /// <summary>As <see cref="ResolveApTypes(string, string?)"/>, with the value of $XILINX_HLS given.</summary>
    public static string ResolveApTypes(string projectDir, string? overrideDir, string? xilinx)
    {
        string dir, origin;
        if (!string.IsNullOrEmpty(overrideDir))
        {
            (dir, origin) = (Path.GetFullPath(overrideDir), "--ap-types");
        }
        else if (!string.IsNullOrEmpty(xilinx))
        {
            (dir, origin) = (Path.Combine(xilinx, "include"), "$XILINX_HLS/include");
        }
        else
        {
            (dir, origin) = (Path.Combine(Path.GetFullPath(projectDir), "firmware", "ap_types"), "the project's firmware/ap_types");
        }
        if (!File.Exists(Path.Combine(dir, "ap_fixed.h")))
        {
            throw new CsimException($"ap_fixed.h not found in '{dir}' ({origin})");
        }
        return dir;
    }

    private static string DetectProjectName(string dir)
    {
        var candidates = Directory.GetFiles(dir, "*_test.cpp").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (candidates.Count != 1)
        {
            throw new CsimException(candidates.Count == 0
                ? $"no <project>_test.cpp in '{dir}'; is it a generated project?"
                : $"several testbenches in '{dir}' ({string.Join(", ", candidates)}); give the project name");
        }
        return candidates[0]![..^"_test.cpp".Length];
    }

    private static int OptimizationFlag(int level) =>
        level is >= 0 and <= 3 ? level : throw new CsimException($"optimization level {level} is not one of 0, 1, 2, 3");

    private static int CountSamples(string file) => File.ReadLines(file).Count(l => !string.IsNullOrWhiteSpace(l));
}
