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

    [Fact]
    public void Streamed_text_is_written_with_lf_line_endings_even_across_writes()
    {
        using var s = new Scratch();
        var out_ = Path.Combine(s.Root, "out");
        var w = new ProjectWriter();
        w.AddStreamedText("s.txt", o =>
        {
            o.Write("a\r"); // "\r" | "\n" split over two writes is one line end
            o.Write("\nb\r\r\n");
            o.Write('c');
            o.Write('\r');
            o.Write('\n');
            o.Write("d\r");
            o.Write("é\n".AsSpan());
        });
        w.Commit(out_, force: false);
        // a, CRLF -> LF; b, CR -> LF, CRLF -> LF; c, CRLF; d, CR; é (two UTF-8 bytes, no BOM), LF
        Assert.Equal("a\nb\n\nc\nd\né\n"u8.ToArray(), File.ReadAllBytes(Path.Combine(out_, "s.txt")));
    }

    [Fact]
    public void A_failing_streamed_file_leaves_nothing_behind()
    {
        using var s = new Scratch();
        var out_ = Path.Combine(s.Root, "out");
        var w = new ProjectWriter();
        w.AddText("a.txt", "x");
        w.AddStreamedText("b.txt", o =>
        {
            o.Write("half");
            throw new InvalidOperationException("render failed");
        });
        Assert.Throws<InvalidOperationException>(() => w.Commit(out_, force: false));
        Assert.Empty(Directory.GetFileSystemEntries(s.Root));
    }

    [Fact]
    public void Copies_are_byte_for_byte()
    {
        using var s = new Scratch();
        var source = Path.Combine(s.Root, "src.bin");
        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(source, bytes);
        var out_ = Path.Combine(s.Root, "out");
        var w = new ProjectWriter();
        w.AddCopy("m/src.bin", source);
        w.Commit(out_, force: false);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(out_, "m", "src.bin")));
    }
}
