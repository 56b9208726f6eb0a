using Hls4Net.Backends.Cpp.Output;

namespace Hls4Net.Backends.Cpp.Tests.Output;

public sealed class ProjectWriterTests
{
    [Fact]
    public void Relative_paths_escaping_the_project_are_rejected()
    {
        var w = new ProjectWriter();
        Assert.Throws<ArgumentException>(() => w.AddText("../x", ""));
        Assert.Throws<ArgumentException>(() => w.AddText("/abs", ""));
        w.AddText("a/b.txt", "");
        Assert.Throws<BackendException>(() => w.AddText("a/b.txt", ""));
    }

    [Fact]
    public void Files_are_written_with_lf_line_endings_and_the_marker()
    {
        using var s = new Scratch();
        var out_ = Path.Combine(s.Root, "out");
        var w = new ProjectWriter();
        w.AddText("sub/a.txt", "x\r\ny\rz\n");
        w.AddDirectory("empty");
        w.Commit(out_, force: false);
        Assert.Equal("x\ny\nz\n", File.ReadAllText(Path.Combine(out_, "sub", "a.txt")));
        Assert.True(Directory.Exists(Path.Combine(out_, "empty")));
        Assert.Equal(OutputFolderGuard.MarkerText, File.ReadAllText(Path.Combine(out_, OutputFolderGuard.MarkerFile)));
    }
}
