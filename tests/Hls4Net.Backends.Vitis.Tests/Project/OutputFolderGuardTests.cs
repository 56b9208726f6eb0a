using Hls4Net.Backends.Cpp;
using Hls4Net.Backends.Cpp.Output;
using Hls4Net.Core.Config;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>Issue 9 item 1: --force replaces only a previous project of ours, never a file we did not write.</summary>
public sealed class OutputFolderGuardTests
{
    private static string Write(string outDir, bool force, ProjectConfig? config = null, IEnumerable<string?>? otherInputs = null) =>
        new VitisBackend(TestGraphs.Emitters()).Write(TestGraphs.SingleLayer(), config ?? TestGraphs.Config(), outDir, force, testInputs: null, otherInputs: otherInputs);

    private static List<string> Tree(string dir) =>
        Directory.GetFileSystemEntries(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Every_project_carries_the_marker()
    {
        using var dir = new TempDir();
        Write(dir.Sub("out"), force: false);
        Assert.Equal(OutputFolderGuard.MarkerText, File.ReadAllText(Path.Combine(dir.Sub("out"), OutputFolderGuard.MarkerFile)));
    }

    [Theory]
    [InlineData("model.onnx")]
    [InlineData("deep/er/model.onnx")]
    public void A_previous_project_holding_the_input_model_is_not_replaced(string modelInside)
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        Write(outDir, force: false);
        var model = Path.Combine(outDir, modelInside);
        Directory.CreateDirectory(Path.GetDirectoryName(model)!);
        File.WriteAllText(model, "the user's model");
        var before = Tree(outDir);
        var e = Assert.Throws<VitisBackendException>(() => Write(outDir, force: true, new ProjectConfig { OnnxModel = model }));
        Assert.Contains($"contains the input file '{model}'", e.Message);
        Assert.Equal(before, Tree(outDir));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_previous_project_holding_the_config_or_the_test_data_is_not_replaced()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        Write(outDir, force: false);
        var config = Path.Combine(outDir, "hls4ml_config.yml");
        var e = Assert.Throws<VitisBackendException>(() => Write(outDir, force: true, new ProjectConfig { SourcePath = config }));
        Assert.Contains("hls4ml_config.yml", e.Message);
        var data = Path.Combine(outDir, "x.csv");
        File.WriteAllText(data, "1,2,3,4\n");
        e = Assert.Throws<VitisBackendException>(() => Write(outDir, force: true, otherInputs: [data]));
        Assert.Contains("x.csv", e.Message);
        Assert.True(File.Exists(data));
    }

    [Fact]
    public void A_model_reached_through_a_symbolic_link_into_the_output_folder_is_protected()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        Write(outDir, force: false);
        Directory.CreateDirectory(Path.Combine(outDir, "models"));
        File.WriteAllText(Path.Combine(outDir, "models", "m.onnx"), "mine");
        Directory.CreateSymbolicLink(dir.Sub("alias"), Path.Combine(outDir, "models"));
        var e = Assert.Throws<VitisBackendException>(() =>
            Write(outDir, force: true, new ProjectConfig { OnnxModel = Path.Combine(dir.Sub("alias"), "m.onnx") }));
        Assert.Contains("contains the input file", e.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(outDir, "models", "m.onnx")));
    }

    [Fact]
    public void A_symlinked_output_folder_replaces_the_project_it_points_to_and_stays_a_link()
    {
        using var dir = new TempDir();
        var real = dir.Sub("real");
        Write(real, force: false, TestGraphs.Config("first"));
        var link = dir.Sub("link");
        Directory.CreateSymbolicLink(link, real);
        Write(link, force: true);
        Assert.NotNull(new DirectoryInfo(link).LinkTarget);
        Assert.True(File.Exists(Path.Combine(real, "firmware", "myproject.cpp")));
        Assert.False(File.Exists(Path.Combine(real, "firmware", "first.cpp")));
        Assert.Equal(["link", "real"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_symlinked_folder_that_is_not_a_project_is_refused()
    {
        using var dir = new TempDir();
        var real = dir.Sub("real");
        Directory.CreateDirectory(real);
        File.WriteAllText(Path.Combine(real, "notes.txt"), "mine");
        var link = dir.Sub("link");
        Directory.CreateSymbolicLink(link, real);
        var e = Assert.Throws<VitisBackendException>(() => Write(link, force: true));
        Assert.Contains($"'{link}' is not an Hls4Net project", e.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(real, "notes.txt")));
        Assert.NotNull(new DirectoryInfo(link).LinkTarget);
    }

    [Fact]
    public void A_file_in_place_of_a_parent_folder_is_named()
    {
        using var dir = new TempDir();
        var file = dir.Sub("afile");
        File.WriteAllText(file, "mine");
        var e = Assert.Throws<VitisBackendException>(() => Write(Path.Combine(file, "sub"), force: true));
        Assert.Equal($"output folder '{Path.Combine(file, "sub")}' cannot be created: '{file}' is a file, not a folder", e.Message);
        e = Assert.Throws<VitisBackendException>(() => Write(file, force: true));
        Assert.Equal($"output path '{file}' is a file, not a folder", e.Message);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [LinuxFact]
    public void An_unwritable_location_is_named_without_temporary_paths()
    {
        // chmod does not stop root, so use a place nobody can create folders in: /proc.
        var e = Assert.Throws<VitisBackendException>(() => Write("/proc/hls4net-test-out", force: false));
        Assert.StartsWith("cannot write output folder '/proc/hls4net-test-out'", e.Message);
        Assert.DoesNotContain("hls4net-tmp", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void The_current_folder_is_never_replaced()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        Write(outDir, force: false);
        var cwd = Directory.GetCurrentDirectory();
        Assert.True(OutputFolderGuard.IsSameOrInside(cwd, Path.GetDirectoryName(cwd)!));
        // Checked directly (changing the process's working folder would disturb parallel tests).
        var e = Assert.Throws<BackendException>(() => OutputFolderGuard.Check(cwd, force: true));
        Assert.Contains("not an Hls4Net project", e.Message);
        Assert.Equal(OutputFolderGuard.RealPath(outDir), OutputFolderGuard.Check(outDir, force: true));
    }
}
