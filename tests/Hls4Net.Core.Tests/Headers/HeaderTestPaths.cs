using System.Runtime.CompilerServices;

namespace Hls4Net.Core.Tests.Headers;

/// <summary>Locates the repository root, the ap_types include folder and the shared test vectors by walking up
/// from the test's base directory, then (for builds with --artifacts-path outside the repository) from the
/// current directory and from this source file's folder.</summary>
internal static class HeaderTestPaths
{
    /// <summary>Folder containing Hls4Net.sln.</summary>
    public static string RepoRoot =>
        FindUp(d => File.Exists(Path.Combine(d, "Hls4Net.sln")) ? d : null)
        ?? throw new DirectoryNotFoundException($"no folder containing Hls4Net.sln above {string.Join(", ", Starts())}");

    /// <summary>templates/vitis/ap_types of the repository.</summary>
    public static string ApTypesDir => Path.Combine(RepoRoot, "templates", "vitis", "ap_types");

    /// <summary>shared/docs/ap-fixed-vectors.csv above one of the start folders, or null when it is not present.</summary>
    public static string? VectorsCsvOrNull => FindUp(d =>
    {
        var p = Path.Combine(d, "shared", "docs", "ap-fixed-vectors.csv");
        return File.Exists(p) ? p : null;
    });

    private static IEnumerable<string> Starts([CallerFilePath] string source = "") =>
        new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, Path.GetDirectoryName(source) ?? "" }
            .Where(s => s.Length > 0);

    private static string? FindUp(Func<string, string?> probe)
    {
        foreach (var start in Starts())
        {
            for (var d = new DirectoryInfo(start); d != null; d = d.Parent)
            {
                if (probe(d.FullName) is { } hit)
                    return hit;
            }
        }
        return null;
    }
}
