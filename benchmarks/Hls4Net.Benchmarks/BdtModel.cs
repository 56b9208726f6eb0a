using System.Runtime.CompilerServices;

namespace Hls4Net.Benchmarks;

/// <summary>
/// The tree-ensemble benchmark's model: <c>$HLS4NET_BENCH_BDT</c>, else tests/fixtures/bdt/sk_gb_100trees_5class.onnx
/// above the current folder or this source file (the host resolves it and hands it to the benchmark processes).
/// </summary>
public static class BdtModel
{
    public const string Variable = "HLS4NET_BENCH_BDT";

    private const string Fixture = "tests/fixtures/bdt/sk_gb_100trees_5class.onnx";

    public static string Path([CallerFilePath] string source = "")
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } chosen) return chosen;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), System.IO.Path.GetDirectoryName(source) ?? "" }.Where(s => s.Length > 0))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, Fixture);
                if (File.Exists(candidate)) return candidate;
            }
        }
        throw new FileNotFoundException($"no {Fixture} above the current folder; set {Variable}");
    }
}
