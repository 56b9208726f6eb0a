using System.Runtime.CompilerServices;

namespace Hls4Net.Benchmarks;

/// <summary>
/// The model the benchmarks run: <c>$HLS4NET_BENCH_MODEL</c>, else shared/models/onnx/three_layer_keras.onnx under
/// <c>$HLS4NET_SHARED</c> or above the current folder (or this source file), else the repository's samples/jet_mlp.onnx.
/// </summary>
public static class BenchModel
{
    public const string Variable = "HLS4NET_BENCH_MODEL";

    private const string SharedModel = "models/onnx/three_layer_keras.onnx";

    public static string Path([CallerFilePath] string source = "")
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } chosen) return chosen;
        if (Environment.GetEnvironmentVariable("HLS4NET_SHARED") is { Length: > 0 } shared)
        {
            var candidate = System.IO.Path.Combine(shared, SharedModel);
            if (File.Exists(candidate)) return candidate;
        }
        var starts = new[] { Directory.GetCurrentDirectory(), System.IO.Path.GetDirectoryName(source) ?? "" };
        return Up(starts, "shared/" + SharedModel) ?? Up(starts, "samples/jet_mlp.onnx")
            ?? throw new FileNotFoundException($"no shared/{SharedModel} or samples/jet_mlp.onnx above {string.Join(" or ", starts)}; set HLS4NET_SHARED");
    }

    private static string? Up(IEnumerable<string> starts, string relative)
    {
        foreach (var start in starts.Where(s => s.Length > 0))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
