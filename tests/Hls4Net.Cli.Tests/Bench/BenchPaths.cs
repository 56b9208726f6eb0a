using System.Runtime.CompilerServices;

namespace Hls4Net.Cli.Tests.Bench;

/// <summary>Finds the repository (the folder holding Hls4Net.sln) by walking up from this source file.</summary>
internal static class BenchPaths
{
    public static string Repo { get; } = Find();

    public static string JetMlp => Path.Combine(Repo, "samples", "jet_mlp.onnx");

    private static string Find([CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hls4Net.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"no Hls4Net.sln above {source}");
    }
}
