using System.Runtime.CompilerServices;

namespace Hls4Net.Core.Tests.Numerics;

/// <summary>Locates the repository root and the shared folder from the test binaries or sources.</summary>
internal static class TestPaths
{
    /// <summary>Folder containing Hls4Net.sln.</summary>
    public static string RepoRoot => FindUp(d => File.Exists(Path.Combine(d, "Hls4Net.sln")) ? d : null, "Hls4Net.sln");

    /// <summary>Path of shared/docs/ap-fixed-vectors.csv.</summary>
    public static string VectorsCsv => FindUp(d =>
    {
        var p = Path.Combine(d, "shared", "docs", "ap-fixed-vectors.csv");
        return File.Exists(p) ? p : null;
    }, "shared/docs/ap-fixed-vectors.csv");

    private static string FindUp(Func<string, string?> probe, string what, [CallerFilePath] string source = "")
    {
        var starts = new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, Path.GetDirectoryName(source) ?? "" };
        foreach (var start in starts.Where(s => s.Length > 0))
        {
            for (var d = new DirectoryInfo(start); d != null; d = d.Parent)
            {
                if (probe(d.FullName) is { } hit)
                    return hit;
            }
        }
        throw new FileNotFoundException($"could not find {what} above any of: {string.Join(", ", starts)}");
    }
}
