using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Backends.Vitis.Project;
using Hls4Net.Core.Handlers;
using Hls4Net.Backends.Cpp.Output;

namespace Hls4Net.Backends.Vitis.Tests.Project;

public sealed class ProjectWriterTests
{
    [Fact]
    public void A_failure_in_the_middle_of_writing_leaves_no_output_and_no_temporary_folders()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        var backend = new VitisBackend(TestGraphs.Emitters());
        var written = 0;
        backend.AfterFileWritten = _ =>
        {
            if (++written == 5) throw new IOException("injected failure");
        };
        var e = Assert.Throws<IOException>(() => backend.Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, force: false, testInputs: null));
        Assert.Equal("injected failure", e.Message);
        Assert.Equal(5, written);
        Assert.False(Directory.Exists(outDir));
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void A_failure_while_replacing_keeps_the_old_folder_untouched()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        new VitisBackend(TestGraphs.Emitters()).Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, force: false, testInputs: null);
        File.WriteAllText(Path.Combine(outDir, "keep.txt"), "old");
        var before = Directory.GetFileSystemEntries(outDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var backend = new VitisBackend(TestGraphs.Emitters()) { AfterFileWritten = _ => throw new IOException("injected") };
        Assert.Throws<IOException>(() => backend.Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, force: true, testInputs: null));
        Assert.Equal(before, Directory.GetFileSystemEntries(outDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        Assert.Equal("old", File.ReadAllText(Path.Combine(outDir, "keep.txt")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_parent_created_for_a_failed_write_is_removed_again()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "a", "b", "out");
        var backend = new VitisBackend(TestGraphs.Emitters()) { AfterFileWritten = _ => throw new IOException("injected") };
        Assert.Throws<IOException>(() => backend.Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, force: false, testInputs: null));
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void A_non_empty_folder_is_refused_without_force()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "mine.txt"), "user data");
        var e = Assert.Throws<VitisBackendException>(() =>
            new VitisBackend(TestGraphs.Emitters()).Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, force: false, testInputs: null));
        Assert.Contains("not empty", e.Message);
        Assert.Contains("--force", e.Message);
        Assert.Equal("user data", File.ReadAllText(Path.Combine(outDir, "mine.txt")));
        Assert.Single(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void Force_replaces_a_previous_project_and_leaves_no_old_copy()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        new VitisBackend(TestGraphs.Emitters()).Write(TestGraphs.SingleLayer(), TestGraphs.Config("first"), outDir, force: false, testInputs: null);
        File.WriteAllText(Path.Combine(outDir, "stale.txt"), "old");
        new VitisBackend(TestGraphs.Emitters()).Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, force: true, testInputs: null);
        Assert.False(File.Exists(Path.Combine(outDir, "stale.txt")));
        Assert.False(File.Exists(Path.Combine(outDir, "firmware", "first.cpp")));
        Assert.True(File.Exists(Path.Combine(outDir, "firmware", "myproject.cpp")));
        Assert.True(File.Exists(Path.Combine(outDir, OutputFolderGuard.MarkerFile)));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Force_refuses_a_folder_that_is_not_a_previous_project()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "stale.txt"), "user data");
        var e = Assert.Throws<VitisBackendException>(() =>
            new VitisBackend(TestGraphs.Emitters()).Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, force: true, testInputs: null));
        Assert.Contains($"'{outDir}' is not an Hls4Net project", e.Message);
        Assert.Equal(["stale.txt"], Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName));
        Assert.Equal("user data", File.ReadAllText(Path.Combine(outDir, "stale.txt")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void An_empty_existing_folder_is_used_without_force()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        Directory.CreateDirectory(outDir);
        new VitisBackend(TestGraphs.Emitters()).Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, force: false, testInputs: null);
        Assert.True(File.Exists(Path.Combine(outDir, "build_prj.tcl")));
    }

    [Fact]
    public void Generation_errors_happen_before_anything_is_written()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("out");
        var e = Assert.Throws<Hls4Net.Core.Ir.GraphException>(() =>
            new VitisBackend(new OpHandlerSet<ILayerEmitter>()).Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, force: false, testInputs: null));
        Assert.Contains("dense/1", e.Message);
        Assert.Contains("no emitter", e.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }
}
