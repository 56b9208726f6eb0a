using Hls4Net.Frontends.Keras;
using Hls4Net.TestSupport;

namespace Hls4Net.Frontends.Tests.Keras;

/// <summary>Keras Dot, LayerNormalization and Softmax(axis) at import: refusals name the layer (weights from tests/fixtures/seq/keras_dot.h5).</summary>
public sealed class KerasSequenceLayerTests
{
    private static string Weights => Path.Combine(RepoPaths.RepoRoot, "tests", "fixtures", "seq", "keras_dot.h5");

    private static string Model(string scoresLayer) =>
        """{"class_name": "Functional", "config": {"name": "dot_model", "layers": [""" +
        """{"class_name": "InputLayer", "config": {"batch_input_shape": [null, 4, 8], "dtype": "float32", "name": "x"}, "name": "x", "inbound_nodes": []},""" +
        scoresLayer +
        """], "input_layers": [["x", 0, 0]], "output_layers": [["scores", 0, 0]]}, "keras_version": "2.13.1", "backend": "tensorflow"}""";

    private static Exception Import(string scoresLayer)
    {
        var json = Path.Combine(Directory.CreateTempSubdirectory("hls4net-kseq-").FullName, "m.json");
        File.WriteAllText(json, Model(scoresLayer));
        try
        {
            return Assert.Throws<ModelLoadException>(() => new KerasImporter().Import(json, Weights));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(json)!, recursive: true);
        }
    }

    [Fact]
    public void DotWithNormalizeIsRefusedNamingTheLayer()
    {
        var e = Import("""{"class_name": "Dot", "config": {"name": "scores", "axes": 2, "normalize": true}, "name": "scores", "inbound_nodes": [[["x", 0, 0, {}], ["x", 0, 0, {}]]]}""");
        Assert.Contains("layer 'scores'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Dot with normalize=True is not supported", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SoftmaxOverTheBatchAxisIsRefusedNamingTheLayer()
    {
        var e = Import("""{"class_name": "Softmax", "config": {"name": "scores", "axis": 0}, "name": "scores", "inbound_nodes": [[["x", 0, 0, {}]]]}""");
        Assert.Contains("layer 'scores'", e.Message, StringComparison.Ordinal);
        Assert.Contains("softmax over axis 0 is not supported", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LayerNormalizationOverAnInnerAxisIsRefusedNamingTheLayer()
    {
        var e = Import("""{"class_name": "LayerNormalization", "config": {"name": "scores", "axis": [1], "epsilon": 0.001}, "name": "scores", "inbound_nodes": [[["x", 0, 0, {}]]]}""");
        Assert.Contains("layer 'scores'", e.Message, StringComparison.Ordinal);
        Assert.Contains("layer normalization over axis [1] is not supported", e.Message, StringComparison.Ordinal);
    }
}
