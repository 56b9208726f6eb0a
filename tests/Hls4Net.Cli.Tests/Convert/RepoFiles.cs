using System.Runtime.CompilerServices;

namespace Hls4Net.Cli.Tests.Convert;

/// <summary>Repository files for CLI tests, located from this source file (binaries may live under /tmp).</summary>
internal static class RepoFiles
{
    public static string Root([CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hls4Net.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Hls4Net.sln not found above " + source);
    }

    public static string Sample(string name) => Path.Combine(Root(), "samples", name);
}
