using Hls4Net.Core.Data;
using Hls4Net.TestSupport;

namespace Hls4Net.Conformance.Tests.Fixtures;

/// <summary>
/// A folder of model fixtures under tests/fixtures, each <c>{name}.onnx</c> with its inputs <c>{name}.input.npy</c> and
/// the producing library's own outputs <c>{name}.output.npy</c> beside it.
/// </summary>
internal static class NpyFixture
{
    /// <summary>tests/fixtures/<paramref name="folder"/>.</summary>
    public static string Dir(string folder) => Path.Combine(RepoPaths.RepoRoot, "tests", "fixtures", folder);

    /// <summary>The names (without extension) of the .onnx files in <paramref name="dir"/>, in ordinal order.</summary>
    public static List<string> OnnxNames(string dir) =>
        Directory.GetFiles(dir, "*.onnx").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();

    /// <summary>The model's path, its inputs and its expected outputs (flattened).</summary>
    public static (string Model, SampleSet Input, double[] Expected) Load(string dir, string fixture)
    {
        var reader = new NpySampleReader();
        var input = reader.Read(Path.Combine(dir, fixture + ".input.npy"));
        var expected = reader.Read(Path.Combine(dir, fixture + ".output.npy")).Flatten();
        return (Path.Combine(dir, fixture + ".onnx"), input, expected);
    }
}
