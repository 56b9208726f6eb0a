using Google.Protobuf;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.Frontends.Onnx.Proto;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Convert;

/// <summary>Issue 3: bad input is one readable error line, a non-zero exit, and nothing written.</summary>
public sealed class ConvertBadInputTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("hls4net-bad-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Out => Path.Combine(_dir.FullName, "prj");

    private void AssertOneErrorAndNothingWritten(CliRun run, string expectedFragment)
    {
        Assert.True(run.Code != 0, run.ToString());
        var errors = run.ErrorLines();
        Assert.Single(errors);
        Assert.Contains(expectedFragment, errors[0]);
        Assert.False(Directory.Exists(Out), "no project folder may be left behind");
        Assert.DoesNotContain(_dir.GetDirectories(), d => d.Name.Contains("prj", StringComparison.Ordinal));
    }

    [Fact]
    public void TruncatedOnnxFile()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Sample("jet_mlp.onnx"));
        var path = Path.Combine(_dir.FullName, "cut.onnx");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        AssertOneErrorAndNothingWritten(CliRun.Of("convert", path, "-o", Out), "cut.onnx");
    }

    [Fact]
    public void UnsupportedOpNamesOpAndNode()
    {
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(RepoPaths.Sample("jet_mlp.onnx")));
        var relu = model.Graph.Node.First(n => n.OpType == "Relu");
        relu.OpType = "Gelu";
        var path = Path.Combine(_dir.FullName, "gelu.onnx");
        File.WriteAllBytes(path, model.ToByteArray());
        AssertOneErrorAndNothingWritten(CliRun.Of("convert", path, "-o", Out), $"unsupported ONNX op 'Gelu' (node '{relu.Name}')");
    }

    [Fact]
    public void BadPrecisionString() =>
        AssertOneErrorAndNothingWritten(CliRun.Of("convert", RepoPaths.Sample("jet_mlp.onnx"), "-o", Out, "--precision", "ap_fixed<0,3>"), "ap_fixed<0,3>");

    [Fact]
    public void InvalidReuseFactorListsValidValues()
    {
        // jet_mlp's first Dense is 16 -> 32: 7 does not divide 512 multiplications.
        var run = CliRun.Of("convert", RepoPaths.Sample("jet_mlp.onnx"), "-o", Out, "--reuse-factor", "7");
        AssertOneErrorAndNothingWritten(run, "ReuseFactor 7");
        Assert.Contains("nearby valid values: 1, 2, 4, 8", run.ErrorLines()[0]);
    }

    [Fact]
    public void ExistingOutputFolderWithoutForce()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "keep.txt"), "mine");
        var run = CliRun.Of("convert", RepoPaths.Sample("jet_mlp.onnx"), "-o", Out);
        Assert.True(run.Code != 0, run.ToString());
        Assert.Single(run.ErrorLines());
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(Out).Select(Path.GetFileName));

        // Issue 9: --force replaces only a previous project, never a folder of the user's files.
        var forced = CliRun.Of("convert", RepoPaths.Sample("jet_mlp.onnx"), "-o", Out, "--force");
        Assert.True(forced.Code != 0, forced.ToString());
        Assert.Single(forced.ErrorLines());
        Assert.Contains("not an Hls4Net project", forced.ErrorLines()[0]);
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(Out).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Out, "keep.txt")));
    }

    [Fact]
    public void UnknownFpgaListsKnownParts()
    {
        var run = CliRun.Of("convert", RepoPaths.Sample("jet_mlp.onnx"), "-o", Out, "--fpga", "xc9zz");
        AssertOneErrorAndNothingWritten(run, "xcvu9p");
    }
}
