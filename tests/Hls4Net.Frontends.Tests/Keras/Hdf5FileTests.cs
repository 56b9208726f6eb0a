using System.Text.Json;
using Hls4Net.Frontends.Keras.Hdf5;
using Hls4Net.TestSupport;

namespace Hls4Net.Frontends.Tests.Keras;

public class Hdf5FileTests
{
    [SharedModelFact]
    public void ReadsLayerNamesWeightsAndVariableLengthAttributes()
    {
        using var h5 = Hdf5File.Open(RepoPaths.KerasModel("KERAS_3layer_weights.h5"));
        // Independent reference: the layer names and sizes in the model's JSON description.
        using var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.KerasModel("KERAS_3layer.json")));
        var layers = json.RootElement.GetProperty("config").GetProperty("layers").EnumerateArray().ToList();
        var expected = layers.Select(l => l.GetProperty("config").GetProperty("name").GetString()!).ToArray();

        Assert.Equal(expected, h5.ReadStringAttribute("/", "layer_names")!);
        Assert.False(string.IsNullOrEmpty(h5.ReadStringAttribute("/", "keras_version")![0]));
        Assert.Equal(["fc1_relu/kernel:0", "fc1_relu/bias:0"], h5.ReadStringAttribute("/fc1_relu", "weight_names")!);
        var kernel = h5.ReadFloats("/fc1_relu/fc1_relu/kernel:0", out var dims);
        var units = layers[1].GetProperty("config").GetProperty("units").GetInt32();
        Assert.Equal([16, units], dims);
        Assert.Equal(16 * units, kernel.Length);
        Assert.Contains(kernel, v => v != 0);
    }

    [SharedModelFact]
    public void EmptyNumericWeightNamesReadAsNoStrings()
    {
        using var h5 = Hdf5File.Open(RepoPaths.KerasModel("KERAS_3layer_binary_smaller_weights.h5"));
        Assert.Empty(h5.ReadStringAttribute("/act1", "weight_names")!);
        Assert.Null(h5.ReadStringAttribute("/act1", "no_such_attribute"));
        Assert.True(h5.IsGroup("/bn/bn"));
        Assert.True(h5.IsDataset("/bn/bn/gamma:0"));
        Assert.False(h5.Exists("/bn/missing/x"));
        Assert.Equal(["bn"], h5.Children("/bn"));
    }

    [SharedModelFact]
    public void TruncatedFileIsAClearError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trunc-{Guid.NewGuid():N}.h5");
        var bytes = File.ReadAllBytes(RepoPaths.KerasModel("KERAS_3layer_weights.h5"));
        File.WriteAllBytes(path, bytes[..(bytes.Length / 3)]);
        try
        {
            var e = Assert.ThrowsAny<Exception>(() =>
            {
                using var h5 = Hdf5File.Open(path);
                h5.ReadFloats("/fc3_relu/fc3_relu/kernel:0", out _);
            });
            Assert.IsType<Hdf5Exception>(e);
            Assert.Contains(Path.GetFileName(path), e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
