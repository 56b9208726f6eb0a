using System.IO.Compression;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends.Keras;
using Hls4Net.Frontends.Keras.Hdf5;
using Hls4Net.TestSupport;

namespace Hls4Net.Frontends.Tests.Keras;

public class Keras3ArchiveTests
{
    // A Keras 3 Sequential config (keras.saving format) for the 16->64->32->32->5 jet tagger.
    private const string Config = """
        {"module": "keras", "class_name": "Sequential", "config": {"name": "jet", "layers": [
          {"module": "keras.layers", "class_name": "InputLayer", "config": {"batch_shape": [null, 16], "dtype": "float32", "name": "input_layer"}},
          {"module": "keras.layers", "class_name": "Dense", "config": {"name": "fc1_relu", "units": 64, "activation": "relu", "use_bias": true}},
          {"module": "keras.layers", "class_name": "Dense", "config": {"name": "fc2_relu", "units": 32, "activation": "relu", "use_bias": true}},
          {"module": "keras.layers", "class_name": "Dense", "config": {"name": "fc3_relu", "units": 32, "activation": "relu", "use_bias": true}},
          {"module": "keras.layers", "class_name": "Dense", "config": {"name": "output_softmax", "units": 5, "activation": "softmax", "use_bias": true}}
        ]}}
        """;

    [SharedModelFact]
    public void Keras3ArchiveImportsLikeTheKeras2Files()
    {
        var dir = Directory.CreateTempSubdirectory("keras3-");
        try
        {
            var reference = new KerasImporter().Import(RepoPaths.KerasModel("KERAS_3layer.json"), RepoPaths.KerasModel("KERAS_3layer_weights.h5"));
            var weightsPath = Path.Combine(dir.FullName, "model.weights.h5");
            WriteKeras3Weights(weightsPath);
            var archive = Path.Combine(dir.FullName, "jet.keras");
            using (var zip = ZipFile.Open(archive, ZipArchiveMode.Create))
            {
                using (var w = new StreamWriter(zip.CreateEntry("config.json").Open())) w.Write(Config);
                zip.CreateEntryFromFile(weightsPath, "model.weights.h5");
            }

            var graph = new KerasImporter().Import(archive);

            var expected = Dense(reference).ToList();
            var actual = Dense(graph).ToList();
            Assert.Equal(4, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Weights.Data, actual[i].Weights.Data);
                Assert.Equal(expected[i].Bias.Data, actual[i].Bias.Data);
            }
            Assert.IsType<SoftmaxOp>(graph.Nodes[^1].Op);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static IEnumerable<DenseOp> Dense(Graph g) => g.Nodes.Select(n => n.Op).OfType<DenseOp>();

    /// <summary>Copy the Keras 2 weights into the Keras 3 layout: /layers/&lt;name&gt;/vars/{0: kernel, 1: bias}.</summary>
    private static void WriteKeras3Weights(string path)
    {
        using var source = Hdf5File.Open(RepoPaths.KerasModel("KERAS_3layer_weights.h5"));
        using var writer = new TestHdf5Writer(path);
        writer.Group("/layers");
        foreach (var layer in new[] { "fc1_relu", "fc2_relu", "fc3_relu", "output_softmax" })
        {
            writer.Group($"/layers/{layer}");
            writer.Group($"/layers/{layer}/vars");
            var kernel = source.ReadFloats($"/{layer}/{layer}/kernel:0", out var kd);
            var bias = source.ReadFloats($"/{layer}/{layer}/bias:0", out var bd);
            writer.Floats($"/layers/{layer}/vars/0", kernel, Array.ConvertAll(kd, d => (long)d));
            writer.Floats($"/layers/{layer}/vars/1", bias, Array.ConvertAll(bd, d => (long)d));
        }
    }
}
