using System.Diagnostics;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Hls4Net.Benchmarking;

/// <summary>Where the figures were measured: cores, runtime, OS, and whether the Hls4Net assemblies are an optimized build.</summary>
public sealed record MachineFacts(
    int ProcessorCount,
    string Framework,
    string Os,
    string Architecture,
    bool ServerGc,
    string Configuration,
    bool Optimized,
    IReadOnlyList<string> UnoptimizedAssemblies,
    bool DebuggerAttached)
{
    /// <summary>The facts of this process. <paramref name="assemblies"/> are checked for a disabled JIT optimizer (a Debug build).</summary>
    public static MachineFacts Current(IEnumerable<Assembly> assemblies)
    {
        var list = assemblies.Distinct().ToList();
        var unoptimized = list.Where(a => a.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true)
            .Select(a => a.GetName().Name ?? a.FullName ?? "?").ToList();
        var configuration = list.Select(a => a.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration)
            .FirstOrDefault(c => !string.IsNullOrEmpty(c)) ?? "unknown";
        return new MachineFacts(
            Environment.ProcessorCount,
            RuntimeInformation.FrameworkDescription,
            RuntimeInformation.OSDescription,
            RuntimeInformation.ProcessArchitecture.ToString(),
            GCSettings.IsServerGC,
            configuration,
            unoptimized.Count == 0,
            unoptimized,
            Debugger.IsAttached);
    }

    /// <summary>Why the figures are not representative, or null when they are.</summary>
    public string? Warning => (Optimized, DebuggerAttached) switch
    {
        (false, _) => $"DEBUG BUILD: JIT optimizer disabled in {string.Join(", ", UnoptimizedAssemblies)}; these figures are NOT representative, rebuild with -c Release",
        (true, true) => "a debugger is attached; these figures are NOT representative",
        _ => null,
    };
}
