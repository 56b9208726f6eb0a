using System.IO.Compression;
using Hls4Net.Frontends.Keras;
using Hls4Net.TestSupport;

namespace Hls4Net.Frontends.Tests.Keras;

public class KerasBadInputTests
{
    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{name}");

    [SharedModelFact]
    public void UnknownLayerIsNamed()
    {
        var json = Temp("model.json");
        File.WriteAllText(json, File.ReadAllText(RepoPaths.KerasModel("KERAS_3layer.json")).Replace("\"class_name\": \"Dense\"", "\"class_name\": \"FancyDense\""));
        var e = Assert.Throws<ModelLoadException>(() => new KerasImporter().Import(json, RepoPaths.KerasModel("KERAS_3layer_weights.h5")));
        Assert.StartsWith("unsupported Keras layer 'FancyDense' (layer 'fc1_relu')", e.Message);
        File.Delete(json);
    }

    [SharedModelFact]
    public void LayerWithoutWeightsInTheH5IsNamed()
    {
        var json = Temp("model.json");
        File.WriteAllText(json, File.ReadAllText(RepoPaths.KerasModel("KERAS_3layer.json")).Replace("fc2_relu", "fc2_other"));
        var e = Assert.Throws<ModelLoadException>(() => new KerasImporter().Import(json, RepoPaths.KerasModel("KERAS_3layer_weights.h5")));
        Assert.Contains("weight 'kernel' is missing", e.Message);
        Assert.Contains("layer 'fc2_other'", e.Message);
        File.Delete(json);
    }

    [SharedModelFact]
    public void TruncatedWeightsFileIsAnError()
    {
        var h5 = Temp("w.h5");
        var bytes = File.ReadAllBytes(RepoPaths.KerasModel("KERAS_3layer_weights.h5"));
        File.WriteAllBytes(h5, bytes[..(bytes.Length / 2)]);
        var e = Assert.ThrowsAny<Exception>(() => new KerasImporter().Import(RepoPaths.KerasModel("KERAS_3layer.json"), h5));
        Assert.Contains("w.h5", e.Message);
        File.Delete(h5);
    }

    [SharedModelFact]
    public void KerasArchiveWithoutConfigIsAnError()
    {
        var path = Temp("model.keras");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            zip.CreateEntryFromFile(RepoPaths.KerasModel("KERAS_3layer_weights.h5"), "model.weights.h5");
        }
        var e = Assert.Throws<ModelLoadException>(() => new KerasImporter().Import(path));
        Assert.Contains("config.json is missing", e.Message);
        File.Delete(path);
    }

    [SharedModelFact]
    public void JsonWithoutWeightsAndWeightsOnlyH5AreExplained()
    {
        Assert.Contains("--weights", Assert.Throws<ModelLoadException>(() => new KerasImporter().Import(RepoPaths.KerasModel("KERAS_3layer.json"))).Message);
        Assert.Contains("no model_config", Assert.Throws<ModelLoadException>(() => new KerasImporter().Import(RepoPaths.KerasModel("KERAS_3layer_weights.h5"))).Message);
    }

    [SharedModelFact]
    public void UnsupportedRecurrentLayerClassSaysSo()
    {
        var json = Temp("model.json");
        File.WriteAllText(json, File.ReadAllText(RepoPaths.KerasModel("KERAS_conv1d_small.json")).Replace("\"class_name\": \"Conv1D\"", "\"class_name\": \"ConvLSTM1D\""));
        var e = Assert.Throws<ModelLoadException>(() => new KerasImporter().Import(json, RepoPaths.KerasModel("KERAS_conv1d_small_weights.h5")));
        Assert.StartsWith("unsupported Keras layer 'ConvLSTM1D' (layer 'conv1_relu')", e.Message);
        File.Delete(json);
    }

    [SharedModelFact]
    public void AnLstmWithAConvolutionsWeightsNamesTheMissingWeightAndTheLayer()
    {
        var json = Temp("model.json");
        File.WriteAllText(json, File.ReadAllText(RepoPaths.KerasModel("KERAS_conv1d_small.json")).Replace("\"class_name\": \"Conv1D\"", "\"class_name\": \"LSTM\""));
        var e = Assert.Throws<ModelLoadException>(() => new KerasImporter().Import(json, RepoPaths.KerasModel("KERAS_conv1d_small_weights.h5")));
        Assert.StartsWith("weight 'recurrent_kernel' is missing from the weights file (layer 'conv1_relu' of class LSTM", e.Message);
        File.Delete(json);
    }
}
