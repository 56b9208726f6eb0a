using System.Runtime.InteropServices;
using Serilog;

namespace Hls4Net.Reference;

/// <summary>
/// Finds the native ONNX Runtime library: (1) <c>HLS4NET_ONNXRUNTIME</c> (file or folder),
/// (2) the user cache <c>$XDG_CACHE_HOME/hls4net/onnxruntime/1.30.0</c> (default <c>~/.cache</c>),
/// (3) otherwise fetches <c>onnxruntime-node@1.30.0</c> once with npm into that cache.
/// </summary>
public sealed class OnnxRuntimeLocator
{
    /// <summary>Environment variable that overrides the search.</summary>
    public const string EnvironmentVariable = "HLS4NET_ONNXRUNTIME";

    /// <summary>ONNX Runtime version fetched into the cache.</summary>
    public const string Version = "1.30.0";

    /// <summary>npm package that ships the native library.</summary>
    public const string NpmPackage = "onnxruntime-node@" + Version;

    /// <summary>File name of the library on Linux.</summary>
    public const string LibraryFileName = "libonnxruntime.so.1";

    private readonly Func<string, string?> _environment;
    private readonly string _npmCommand;
    private readonly ILogger _log;
    private readonly object _gate = new();
    private string? _located;

    /// <param name="environment">Environment lookup; defaults to the process environment.</param>
    /// <param name="cacheDirectory">Cache folder; defaults to <see cref="DefaultCacheDirectory"/>.</param>
    /// <param name="npmCommand">npm executable used to fetch the package.</param>
    /// <param name="log">Progress log; defaults to Serilog's global logger.</param>
    public OnnxRuntimeLocator(
        Func<string, string?>? environment = null,
        string? cacheDirectory = null,
        string npmCommand = "npm",
        ILogger? log = null)
    {
        _environment = environment ?? Environment.GetEnvironmentVariable;
        CacheDirectory = cacheDirectory ?? DefaultCacheDirectory(_environment);
        _npmCommand = npmCommand;
        _log = log ?? Log.Logger;
    }

    /// <summary>Folder that holds (or will hold) the fetched library.</summary>
    public string CacheDirectory { get; }

    /// <summary><c>$XDG_CACHE_HOME/hls4net/onnxruntime/1.30.0</c>, or <c>~/.cache/...</c> when XDG_CACHE_HOME is unset.</summary>
    public static string DefaultCacheDirectory(Func<string, string?> environment)
    {
        var root = environment("XDG_CACHE_HOME");
        if (string.IsNullOrWhiteSpace(root))
        {
            var home = environment("HOME");
            if (string.IsNullOrWhiteSpace(home))
                home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            root = Path.Combine(home, ".cache");
        }

        return Path.Combine(root, "hls4net", "onnxruntime", Version);
    }

    /// <summary>The message shown when nothing is found and npm cannot fetch the library.</summary>
    public static string NotFoundMessage =>
        $"ONNX Runtime library not found: set {EnvironmentVariable}=/path/to/{LibraryFileName}, or install npm " +
        $"(apt-get install -y npm) so hls4net can fetch {NpmPackage} into ~/.cache/hls4net/onnxruntime/{Version}";

    /// <summary>Full path of the library, fetching it into the cache on first use if needed.</summary>
    /// <exception cref="OnnxRuntimeNotFoundException">Nothing found and the fetch failed, or the variable points nowhere.</exception>
    public string Locate()
    {
        lock (_gate)
            return _located ??= LocateCore();
    }

    private string LocateCore()
    {
        var fromEnvironment = _environment(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return FromEnvironment(fromEnvironment);

        var cached = Path.Combine(CacheDirectory, LibraryFileName);
        if (File.Exists(cached))
        {
            _log.Debug("Using ONNX Runtime from cache {Path}", cached);
            return cached;
        }

        if (!OperatingSystem.IsLinux() || !IsSupportedArchitecture())
            throw new OnnxRuntimeNotFoundException(
                $"{NotFoundMessage} (automatic fetch supports Linux x64/arm64 only; this is " +
                $"{RuntimeInformation.OSDescription} {RuntimeInformation.ProcessArchitecture})");

        var fetcher = new OnnxRuntimePackageFetcher(_npmCommand, _log);
        fetcher.FetchInto(CacheDirectory, LinuxArchFolder());
        if (!File.Exists(cached))
            throw new OnnxRuntimeNotFoundException($"{NotFoundMessage} (fetch finished but {cached} is missing)");
        return cached;
    }

    private static string FromEnvironment(string value)
    {
        if (File.Exists(value))
            return Path.GetFullPath(value);
        if (Directory.Exists(value))
        {
            var inFolder = Path.Combine(value, LibraryFileName);
            if (File.Exists(inFolder))
                return Path.GetFullPath(inFolder);
            throw new OnnxRuntimeNotFoundException(
                $"{EnvironmentVariable} points to folder '{value}', which has no {LibraryFileName}");
        }

        throw new OnnxRuntimeNotFoundException(
            $"{EnvironmentVariable} is set to '{value}', but no such file or folder exists " +
            $"(expected {LibraryFileName} or a folder containing it)");
    }

    private static bool IsSupportedArchitecture() =>
        RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    private static string LinuxArchFolder() =>
        RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "arm64" : "x64";
}
