using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Convert;

public sealed class ConvertDeterminismTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("hls4net-det-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [InlineData("jet_mlp.onnx", "jet_mlp_input.csv")]
    [InlineData("tiny_mlp.onnx", null)]
    public void SameModelAndConfigGiveByteIdenticalProjects(string sample, string? input)
    {
        var a = Convert(sample, input, "a");
        var b = Convert(sample, input, "b");

        var files = Files(a);
        Assert.Equal(files, Files(b));
        Assert.Contains(Path.Combine("firmware", "myproject.cpp"), files);
        foreach (var f in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(a, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), $"{f} differs");
        }
    }

    private string Convert(string sample, string? input, string name)
    {
        var output = Path.Combine(_dir.FullName, name);
        var args = new List<string> { "convert", RepoPaths.Sample(sample), "-o", output };
        if (input is not null) args.AddRange(["--input", RepoPaths.Sample(input)]);
        var run = CliRun.Of([.. args]);
        Assert.True(run.Code == 0, run.ToString());
        return output;
    }

    private static List<string> Files(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir, f)).Order(StringComparer.Ordinal).ToList();
}
