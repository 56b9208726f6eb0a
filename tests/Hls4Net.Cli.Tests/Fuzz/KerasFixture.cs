using System.IO.Compression;
using System.Text;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>
/// A tiny Keras model (4 → Dense 8 relu → Dense 3 softmax) in every file form Hls4Net reads: Keras 2 JSON
/// (Sequential and Functional) with a Keras 2 weights .h5, a full-model .h5 (model_config attribute), and a Keras 3
/// .keras archive (config.json + model.weights.h5). Weights are small multiples of 1/8 from the seeded generator.
/// Files are made in a scratch folder and handed out as bytes.
/// </summary>
internal sealed class KerasFixture
{
    public const string Sequential = """
        {"class_name": "Sequential", "config": {"name": "fz", "layers": [
          {"class_name": "InputLayer", "config": {"batch_input_shape": [null, 4], "dtype": "float32", "name": "input_1"}},
          {"class_name": "Dense", "config": {"name": "fc1", "units": 8, "activation": "relu", "use_bias": true}},
          {"class_name": "Dense", "config": {"name": "out", "units": 3, "activation": "softmax", "use_bias": true}}]},
         "keras_version": "2.9.0", "backend": "tensorflow"}
        """;

    public const string Functional = """
        {"class_name": "Functional", "config": {"name": "fz", "layers": [
          {"class_name": "InputLayer", "name": "input_1", "config": {"batch_input_shape": [null, 4], "name": "input_1"}, "inbound_nodes": []},
          {"class_name": "Dense", "name": "fc1", "config": {"name": "fc1", "units": 8, "activation": "relu"}, "inbound_nodes": [[["input_1", 0, 0, {}]]]},
          {"class_name": "Dense", "name": "out", "config": {"name": "out", "units": 3, "activation": "softmax"}, "inbound_nodes": [[["fc1", 0, 0, {}]]]}],
          "input_layers": [["input_1", 0, 0]], "output_layers": [["out", 0, 0]]}}
        """;

    public const string Keras3Config = """
        {"module": "keras", "class_name": "Sequential", "config": {"name": "fz", "layers": [
          {"module": "keras.layers", "class_name": "InputLayer", "config": {"batch_shape": [null, 4], "dtype": "float32", "name": "input_layer"}},
          {"module": "keras.layers", "class_name": "Dense", "config": {"name": "fc1", "units": 8, "activation": "relu", "use_bias": true}},
          {"module": "keras.layers", "class_name": "Dense", "config": {"name": "out", "units": 3, "activation": "softmax", "use_bias": true}}]}}
        """;

    private static readonly (string Name, int In, int Out)[] Layers = [("fc1", 4, 8), ("out", 8, 3)];

    private readonly string _scratch;
    private readonly Dictionary<string, float[]> _values = new();
    private int _files;

    public KerasFixture(string scratch, FuzzRandom rng)
    {
        _scratch = scratch;
        foreach (var (name, nIn, nOut) in Layers)
        {
            _values[name + "/kernel"] = Enumerable.Range(0, nIn * nOut).Select(_ => rng.SmallFloat()).ToArray();
            _values[name + "/bias"] = Enumerable.Range(0, nOut).Select(_ => rng.SmallFloat()).ToArray();
        }
    }

    /// <summary>How one weight is written: its data (null = declared but never written) and its dimensions.</summary>
    public delegate (float[]? Data, long[] Dims) WeightEdit(string layer, string weight, float[] data, long[] dims);

    public static (float[]?, long[]) Unchanged(string layer, string weight, float[] data, long[] dims) => (data, dims);

    /// <summary>A Keras 2 weights file (/&lt;layer&gt;/&lt;layer&gt;/kernel:0 with weight_names), optionally edited.</summary>
    public byte[] Keras2Weights(WeightEdit? edit = null, Func<string, string[]>? weightNames = null) =>
        Write(w => WriteKeras2(w, "", edit ?? Unchanged, weightNames));

    /// <summary>A full-model .h5: the model_config attribute (skipped when null) and /model_weights.</summary>
    public byte[] FullH5(string? modelConfig, WeightEdit? edit = null) => Write(w =>
    {
        if (modelConfig is not null) w.Strings("/", "model_config", modelConfig);
        w.Group("/model_weights");
        WriteKeras2(w, "/model_weights", edit ?? Unchanged, null);
    });

    /// <summary>Keras 3 weights (/layers/&lt;layer&gt;/vars/0 kernel, 1 bias), optionally edited.</summary>
    public byte[] Keras3Weights(WeightEdit? edit = null) => Write(w =>
    {
        w.Group("/layers");
        foreach (var (name, nIn, nOut) in Layers)
        {
            w.Group($"/layers/{name}");
            w.Group($"/layers/{name}/vars");
            var (k, kd) = (edit ?? Unchanged)(name, "kernel", _values[name + "/kernel"], [nIn, nOut]);
            if (kd.Length > 0 || k is not null) w.Floats($"/layers/{name}/vars/0", k, kd);
            var (b, bd) = (edit ?? Unchanged)(name, "bias", _values[name + "/bias"], [nOut]);
            if (bd.Length > 0 || b is not null) w.Floats($"/layers/{name}/vars/1", b, bd);
        }
    });

    /// <summary>A .keras zip with the given entries (null content = entry left out).</summary>
    public static byte[] Archive(string? config, byte[]? weights, params (string Name, byte[] Data)[] extra)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (config is not null) Entry(zip, "config.json", Encoding.UTF8.GetBytes(config));
            Entry(zip, "metadata.json", """{"keras_version": "3.3.3"}"""u8.ToArray());
            if (weights is not null) Entry(zip, "model.weights.h5", weights);
            foreach (var (name, data) in extra) Entry(zip, name, data);
        }
        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, byte[] data)
    {
        var entry = zip.CreateEntry(name);
        entry.LastWriteTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var s = entry.Open();
        s.Write(data);
    }

    private void WriteKeras2(TestHdf5Writer w, string root, WeightEdit edit, Func<string, string[]>? weightNames)
    {
        foreach (var (name, nIn, nOut) in Layers)
        {
            w.Group($"{root}/{name}");
            w.Group($"{root}/{name}/{name}");
            var names = weightNames?.Invoke(name) ?? [$"{name}/kernel:0", $"{name}/bias:0"];
            if (names.Length > 0) w.Strings($"{root}/{name}", "weight_names", names);
            var (k, kd) = edit(name, "kernel", _values[name + "/kernel"], [nIn, nOut]);
            if (kd.Length > 0 || k is not null) w.Floats($"{root}/{name}/{name}/kernel:0", k, kd);
            var (b, bd) = edit(name, "bias", _values[name + "/bias"], [nOut]);
            if (bd.Length > 0 || b is not null) w.Floats($"{root}/{name}/{name}/bias:0", b, bd);
        }
    }

    private byte[] Write(Action<TestHdf5Writer> body)
    {
        var path = Path.Combine(_scratch, $"fixture{_files++}.h5");
        using (var w = new TestHdf5Writer(path)) body(w);
        return File.ReadAllBytes(path);
    }
}
