using Hls4Net.Backends.Vitis.Emitters;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>An overlay folder replaces single templates and copied headers of the Vitis backend; the rest stays the backend's own.</summary>
public sealed class TemplateOverlayTests
{
    [Fact]
    public void Overlay_files_replace_the_backends_own_in_the_written_project()
    {
        using var dir = new TempDir();
        var overlay = dir.Sub("overlay");
        Directory.CreateDirectory(Path.Combine(overlay, "nnet_utils"));
        File.WriteAllText(Path.Combine(overlay, "README.md.hbs"), "overlay readme for {{ProjectName}}\n");
        File.WriteAllText(Path.Combine(overlay, "nnet_utils", "nnet_activation.h"), "// overlay activation\n");
        File.WriteAllText(Path.Combine(overlay, "nnet_utils", "nnet_extra.h"), "// overlay extra\n");
        var own = new TemplateLocator();
        var outDir = dir.Sub("out");
        new VitisBackend(TestGraphs.Emitters(), new TemplateLocator(overlays: [overlay])).Write(TestGraphs.SingleLayer(), TestGraphs.Config("ov"), outDir, false, null);

        Assert.Equal("overlay readme for ov\n", File.ReadAllText(Path.Combine(outDir, "README.md")));
        Assert.Equal("// overlay activation\n", File.ReadAllText(Path.Combine(outDir, "firmware", "nnet_utils", "nnet_activation.h")));
        Assert.Equal("// overlay extra\n", File.ReadAllText(Path.Combine(outDir, "firmware", "nnet_utils", "nnet_extra.h")));
        var ownFiles = Directory.GetFiles(Path.Combine(own.Root, "vitis", "nnet_utils")).Select(Path.GetFileName).Where(f => f != "nnet_activation.h").ToList();
        Assert.NotEmpty(ownFiles);
        foreach (var f in ownFiles)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(own.Root, "vitis", "nnet_utils", f!)), File.ReadAllBytes(Path.Combine(outDir, "firmware", "nnet_utils", f!)));
        }
    }
}
