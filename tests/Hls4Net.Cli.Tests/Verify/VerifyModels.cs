using System.Runtime.CompilerServices;

namespace Hls4Net.Cli.Tests.Verify;

/// <summary>Finds ../shared/models by walking up from this source file (the test binaries may live under /tmp).</summary>
internal static class VerifyModels
{
    public static string Root { get; } = Find();

    public static string Onnx(string name) => Path.Combine(Root, "onnx", name + ".onnx");

    public static string Keras(string file) => Path.Combine(Root, "keras", file);

    private static string Find([CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source)!); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "models");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"no shared/models above {source}");
    }
}
