using System.Runtime.CompilerServices;

namespace Hls4Net.Conformance.Tests;

/// <summary>Locates the repository and ../shared (present in CI), from the test source file or the binaries.</summary>
internal static class TestPaths
{
    public static string Repo([CallerFilePath] string source = "") => Up(source, d => File.Exists(Path.Combine(d, "Hls4Net.sln")))
        ?? throw new DirectoryNotFoundException("repository root (Hls4Net.sln) not found");

    public static string Shared(string relative, [CallerFilePath] string source = "")
    {
        var root = Up(source, d => Directory.Exists(Path.Combine(d, "shared", "models")))
            ?? throw new DirectoryNotFoundException("../shared/models not found (it is present in CI)");
        return Path.Combine(root, "shared", relative);
    }

    public static string OnnxModel(string name) => Shared(Path.Combine("models", "onnx", name + ".onnx"));

    public static string KerasModel(string file) => Shared(Path.Combine("models", "keras", file));

    public static string Sample(string file) => Path.Combine(Repo(), "samples", file);

    private static string? Up(string source, Func<string, bool> match)
    {
        foreach (var start in new[] { Path.GetDirectoryName(source) ?? "", AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (match(dir.FullName)) return dir.FullName;
            }
        }
        return null;
    }
}
