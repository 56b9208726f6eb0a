using System.Runtime.CompilerServices;

namespace Hls4Net.Frontends.Tests.Keras;

/// <summary>Finds ../shared/models (present in CI) by walking up from the test binaries or from this source file.</summary>
internal static class SharedModels
{
    public static string Dir(string sub, [CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "models", sub);
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        throw new DirectoryNotFoundException("shared/models not found above " + AppContext.BaseDirectory);
    }

    public static string Keras(string file) => Path.Combine(Dir("keras"), file);
}
