using System.Diagnostics;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Convert;

/// <summary>Issue 9 item 1: convert --force never destroys a file that Hls4Net did not write.</summary>
public sealed class ConvertForceTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("hls4net-force-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static List<string> Tree(string dir) =>
        Directory.GetFileSystemEntries(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    private string UserFolderWithModel()
    {
        var d = Path.Combine(_dir.FullName, "d");
        Directory.CreateDirectory(d);
        File.Copy(RepoPaths.Sample("jet_mlp.onnx"), Path.Combine(d, "model.onnx"));
        File.WriteAllText(Path.Combine(d, "notes.txt"), "mine");
        return d;
    }

    [Fact]
    public void The_models_own_folder_is_refused_and_nothing_is_deleted()
    {
        var d = UserFolderWithModel();
        var before = Tree(d);
        var run = CliRun.Of("convert", Path.Combine(d, "model.onnx"), "-o", d, "--force");
        Assert.True(run.Code != 0, run.ToString());
        Assert.Single(run.ErrorLines());
        Assert.Contains($"'{d}' is not an Hls4Net project", run.ErrorLines()[0]);
        Assert.Equal(before, Tree(d));
        Assert.Equal(["d"], _dir.GetFileSystemInfos().Select(f => f.Name));
    }

    [Fact]
    public void A_previous_project_holding_the_model_is_refused_and_nothing_is_deleted()
    {
        var prj = Path.Combine(_dir.FullName, "prj");
        Assert.Equal(0, CliRun.Of("convert", RepoPaths.Sample("tiny_mlp.onnx"), "-o", prj).Code);
        var model = Path.Combine(prj, "mine", "model.onnx");
        Directory.CreateDirectory(Path.GetDirectoryName(model)!);
        File.Copy(RepoPaths.Sample("jet_mlp.onnx"), model);
        var before = Tree(prj);
        var run = CliRun.Of("convert", model, "-o", prj, "--force");
        Assert.True(run.Code != 0, run.ToString());
        Assert.Single(run.ErrorLines());
        Assert.Contains($"contains the input file '{model}'", run.ErrorLines()[0]);
        Assert.Equal(before, Tree(prj));
    }

    [Fact]
    public void A_previous_project_is_replaced_with_force()
    {
        var prj = Path.Combine(_dir.FullName, "prj");
        Assert.Equal(0, CliRun.Of("convert", RepoPaths.Sample("tiny_mlp.onnx"), "-o", prj, "--project-name", "first").Code);
        var run = CliRun.Of("convert", RepoPaths.Sample("jet_mlp.onnx"), "-o", prj, "--force");
        Assert.Equal(0, run.Code);
        Assert.True(File.Exists(Path.Combine(prj, "firmware", "myproject.cpp")));
        Assert.False(File.Exists(Path.Combine(prj, "firmware", "first.cpp")));
        Assert.Equal(["prj"], _dir.GetFileSystemInfos().Select(f => f.Name));
    }

    [Fact]
    public async Task Dot_as_output_in_a_user_folder_is_refused_and_nothing_is_deleted()
    {
        // Run as a separate process so that its working folder can be the user's folder.
        var d = UserFolderWithModel();
        var before = Tree(d);
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = d, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { typeof(HlsCli).Assembly.Location, "convert", "model.onnx", "-o", ".", "--force" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode != 0, await stdout + stderr);
        var errors = stderr.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();
        Assert.Single(errors);
        Assert.Contains($"'{d}' is not an Hls4Net project", errors[0]);
        Assert.Equal(before, Tree(d));
        Assert.Equal(["d"], _dir.GetFileSystemInfos().Select(f => f.Name));
    }

    [Fact]
    public void A_file_in_place_of_the_parent_folder_is_named()
    {
        var file = Path.Combine(_dir.FullName, "afile");
        File.WriteAllText(file, "mine");
        var run = CliRun.Of("convert", RepoPaths.Sample("tiny_mlp.onnx"), "-o", Path.Combine(file, "sub"));
        Assert.True(run.Code != 0, run.ToString());
        Assert.Equal([$"error: output folder '{Path.Combine(file, "sub")}' cannot be created: '{file}' is a file, not a folder"], run.ErrorLines());
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [LinuxFact]
    public void An_unwritable_location_is_named_without_temporary_paths()
    {
        var run = CliRun.Of("convert", RepoPaths.Sample("tiny_mlp.onnx"), "-o", "/proc/hls4net-foo");
        Assert.True(run.Code != 0, run.ToString());
        Assert.Single(run.ErrorLines());
        Assert.StartsWith("error: cannot write output folder '/proc/hls4net-foo'", run.ErrorLines()[0]);
        Assert.DoesNotContain("tmp", run.ErrorLines()[0]); // the error line the user reads; stderr's log lines name the model, which may live under /tmp
        Assert.DoesNotContain("hls4net-tmp", run.Err); // nor the writer's temporary folder anywhere in stderr
    }
}
