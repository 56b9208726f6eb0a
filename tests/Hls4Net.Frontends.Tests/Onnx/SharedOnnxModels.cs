using System.Runtime.CompilerServices;

namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>
/// Finds ../shared/models/onnx by walking up from the test binaries to a folder holding shared/models; when the
/// binaries live elsewhere (--artifacts-path /tmp/...), walks up from this source file instead.
/// </summary>
internal static class SharedOnnxModels
{
    public static string Dir => Find();

    private static string Find([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "models");
                if (Directory.Exists(candidate)) return Path.Combine(candidate, "onnx");
            }
        }
        throw new DirectoryNotFoundException("shared/models not found above " + AppContext.BaseDirectory);
    }
}
