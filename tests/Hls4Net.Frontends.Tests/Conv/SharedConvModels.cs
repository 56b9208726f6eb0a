using System.Runtime.CompilerServices;

namespace Hls4Net.Frontends.Tests.Conv;

/// <summary>Locates ../shared/models by walking up from this source file (the binaries may live under /tmp).</summary>
internal static class SharedConvModels
{
    public static string Path(string sub, string file, [CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(System.IO.Path.GetDirectoryName(source)!); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "models", sub, file);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"shared/models/{sub}/{file} not found above {source}");
    }
}
