using Hls4Net.Backends.Cpp.Templates;

namespace Hls4Net.Backends.Cpp.Tests.Templates;

/// <summary>Overlay folders come first: a file there replaces the backend's own; everything else still comes from the backend.</summary>
public sealed class TemplateFoldersTests
{
    [Fact]
    public void The_first_folder_holding_a_file_wins()
    {
        using var s = new Scratch();
        var own = s.Write("own/layers/dense.hbs", "own");
        s.Write("own/layers/relu.hbs", "own relu");
        var overlay = s.Write("overlay/layers/dense.hbs", "overlay");
        var folders = new TemplateFolders([Path.Combine(s.Root, "overlay"), Path.Combine(s.Root, "own")]);
        Assert.Equal(overlay, folders.Find("layers/dense.hbs"));
        Assert.Equal(Path.Combine(s.Root, "own", "layers", "relu.hbs"), folders.Find("layers/relu.hbs"));
        Assert.True(folders.Exists("layers/relu.hbs"));
        Assert.False(folders.Exists("layers/none.hbs"));
        Assert.NotEqual(own, folders.Find("layers/dense.hbs"));
    }

    [Fact]
    public void A_missing_template_names_the_backends_own_folder()
    {
        using var s = new Scratch();
        var folders = new TemplateFolders([Path.Combine(s.Root, "overlay"), Path.Combine(s.Root, "own")]);
        var e = Assert.Throws<FileNotFoundException>(() => folders.Find("layers/x.hbs"));
        Assert.Equal($"template file not found: {Path.Combine(s.Root, "own", "layers/x.hbs")}", e.Message);
    }

    [Fact]
    public void A_copied_folder_merges_the_overlay_over_the_backends_files()
    {
        using var s = new Scratch();
        s.Write("own/nnet_utils/a.h", "own a");
        s.Write("own/nnet_utils/deep/b.h", "own b");
        var overlayA = s.Write("overlay/nnet_utils/a.h", "overlay a");
        var overlayC = s.Write("overlay/nnet_utils/c.h", "overlay c");
        var folders = new TemplateFolders([Path.Combine(s.Root, "overlay"), Path.Combine(s.Root, "own")]);
        var files = folders.FilesUnder("nnet_utils");
        Assert.Equal(
            [("a.h", overlayA), ("c.h", overlayC), ("deep/b.h", Path.Combine(s.Root, "own", "nnet_utils", "deep", "b.h"))],
            files);
        var e = Assert.Throws<BackendException>(() => folders.FilesUnder("ap_types"));
        Assert.Equal($"folder '{Path.Combine(s.Root, "own", "ap_types")}' not found", e.Message);
    }

    [Fact]
    public void The_renderer_uses_the_overlay_template()
    {
        using var s = new Scratch();
        s.Write("own/t.hbs", "own {{Name}}");
        s.Write("own/u.hbs", "own u {{Name}}");
        s.Write("overlay/t.hbs", "overlay {{Name}}");
        var renderer = new TemplateRenderer(new TemplateFolders([Path.Combine(s.Root, "overlay"), Path.Combine(s.Root, "own")]));
        Assert.Equal("overlay x", renderer.Render("t.hbs", new { Name = "x" }));
        Assert.Equal("own u x", renderer.Render("u.hbs", new { Name = "x" }));
    }

    [Fact]
    public void No_folder_is_an_error() =>
        Assert.Throws<ArgumentException>(() => new TemplateFolders([]));
}
