using System.Runtime.CompilerServices;

namespace Hls4Net.Reference.Tests;

/// <summary>
/// Finds <c>shared/models</c> by walking up from the test binaries, then (for builds with an
/// <c>--artifacts-path</c> outside the repo) from this source file and the working directory.
/// </summary>
public static class SharedModels
{
    public static string Root { get; } = Find();

    public static string Onnx(string fileName) => Path.Combine(Root, "onnx", fileName);

    private static string Find([CallerFilePath] string sourceFile = "")
    {
        string?[] starts = [AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile), Environment.CurrentDirectory];
        foreach (var start in starts.OfType<string>().Where(s => s.Length > 0))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "models");
                if (Directory.Exists(candidate))
                    return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/models above {AppContext.BaseDirectory}, {sourceFile} or {Environment.CurrentDirectory}");
    }
}
