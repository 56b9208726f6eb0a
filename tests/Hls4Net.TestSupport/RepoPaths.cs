using System.Runtime.CompilerServices;

namespace Hls4Net.TestSupport;

/// <summary>
/// Locates the repository (the folder holding Hls4Net.sln) and ../shared (present in CI) for tests. Each lookup walks up
/// from the test binaries, from this source file's folder (binaries built with --artifacts-path may live under /tmp)
/// and from the current directory, in that order.
/// </summary>
public static class RepoPaths
{
    /// <summary>Message of the error raised when ../shared/models cannot be found.</summary>
    public const string SharedMissing = "../shared/models not found (it is present in CI)";

    /// <summary>Folder containing Hls4Net.sln.</summary>
    public static string RepoRoot =>
        FindUp(d => File.Exists(Path.Combine(d, "Hls4Net.sln")) ? d : null)
        ?? throw new DirectoryNotFoundException($"repository root (Hls4Net.sln) not found above any of: {string.Join(", ", Starts())}");

    /// <summary>The repository's samples/<paramref name="file"/>.</summary>
    public static string Sample(string file) => Path.Combine(RepoRoot, "samples", file);

    /// <summary>The repository's tests/fixtures/<paramref name="file"/> (small models made by tools/FixtureMaker).</summary>
    public static string Fixture(string file) => Path.Combine(RepoRoot, "tests", "fixtures", file);

    /// <summary>The repository's templates folder.</summary>
    public static string Templates => Path.Combine(RepoRoot, "templates");

    /// <summary>The repository's templates/vitis/ap_types include folder.</summary>
    public static string ApTypes => Path.Combine(Templates, "vitis", "ap_types");

    /// <summary>The shared folder (the one holding models/); throws <see cref="DirectoryNotFoundException"/> when absent.</summary>
    public static string SharedDir =>
        FindUp(d => Directory.Exists(Path.Combine(d, "shared", "models")) ? Path.Combine(d, "shared") : null)
        ?? throw new DirectoryNotFoundException(SharedMissing);

    /// <summary>shared/models/<paramref name="kind"/> (e.g. "onnx", "keras").</summary>
    public static string SharedModels(string kind) => Path.Combine(SharedDir, "models", kind);

    /// <summary>shared/models/onnx/<paramref name="name"/>.onnx.</summary>
    public static string OnnxModel(string name) => Path.Combine(SharedModels("onnx"), name + ".onnx");

    /// <summary>shared/models/keras/<paramref name="file"/>.</summary>
    public static string KerasModel(string file) => Path.Combine(SharedModels("keras"), file);

    /// <summary>shared/<paramref name="relative"/> when that file exists above a start folder, otherwise null (for tests that skip).</summary>
    public static string? SharedFileOrNull(string relative) => FindUp(d =>
    {
        var p = Path.Combine(d, "shared", relative);
        return File.Exists(p) ? p : null;
    });

    /// <summary>shared/<paramref name="relative"/>; throws <see cref="FileNotFoundException"/> when it is not found.</summary>
    public static string SharedFile(string relative) =>
        SharedFileOrNull(relative)
        ?? throw new FileNotFoundException($"../shared/{relative.Replace('\\', '/')} not found (it is present in CI); searched above {string.Join(", ", Starts())}");

    private static IEnumerable<string> Starts([CallerFilePath] string source = "") =>
        new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? "", Directory.GetCurrentDirectory() }
            .Where(s => s.Length > 0);

    private static string? FindUp(Func<string, string?> probe)
    {
        foreach (var start in Starts())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (probe(dir.FullName) is { } hit) return hit;
            }
        }
        return null;
    }
}
