using System.Text.Json.Nodes;

namespace Hls4Net.FixtureMaker;

/// <summary>A Keras 2 functional-model JSON (the format of hls4ml's KERAS_*.json files), one layer after the other.</summary>
internal sealed class KerasJson
{
    private readonly JsonArray _layers = new();
    private string _previous = "";

    public KerasJson Input(string name, params int[] shape)
    {
        var batch = new JsonArray { null };
        foreach (var d in shape) batch.Add(d);
        return Add("InputLayer", name, new JsonObject { ["batch_input_shape"] = batch, ["dtype"] = "float32", ["sparse"] = false });
    }

    public KerasJson Dense(string name, int units, string activation) =>
        Add("Dense", name, new JsonObject { ["units"] = units, ["activation"] = activation, ["use_bias"] = true });

    public KerasJson Conv1D(string name, int filters, int kernel, string padding, string activation) =>
        Add("Conv1D", name, new JsonObject
        {
            ["filters"] = filters, ["kernel_size"] = new JsonArray { kernel }, ["strides"] = new JsonArray { 1 },
            ["dilation_rate"] = new JsonArray { 1 }, ["padding"] = padding, ["data_format"] = "channels_last",
            ["activation"] = activation, ["use_bias"] = true,
        });

    public KerasJson Flatten(string name) => Add("Flatten", name, new JsonObject { ["data_format"] = "channels_last" });

    public string ToJson(string modelName)
    {
        var first = _layers[0]!["name"]!.GetValue<string>();
        var doc = new JsonObject
        {
            ["backend"] = "tensorflow",
            ["class_name"] = "Model",
            ["config"] = new JsonObject
            {
                ["name"] = modelName,
                ["input_layers"] = new JsonArray { new JsonArray { first, 0, 0 } },
                ["layers"] = _layers,
                ["output_layers"] = new JsonArray { new JsonArray { _previous, 0, 0 } },
            },
            ["keras_version"] = "2.2.4",
        };
        return doc.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private KerasJson Add(string cls, string name, JsonObject config)
    {
        config["name"] = name;
        config["trainable"] = true;
        var inbound = _previous.Length == 0 ? new JsonArray() : new JsonArray { new JsonArray { new JsonArray { _previous, 0, 0, new JsonObject() } } };
        _layers.Add(new JsonObject { ["class_name"] = cls, ["config"] = config, ["inbound_nodes"] = inbound, ["name"] = name });
        _previous = name;
        return this;
    }
}
