using Hls4Net.FixtureMaker;
using Hls4Net.Frontends.Keras;

// Writes the scaling models of docs/benchmarks.md into the folder given as the only argument, Keras JSON + H5 with
// seeded weights (SeededWeights, so the same files on every machine apart from HDF5 time stamps):
//   dense_16x{W}x{W}x{W}x{W}x{W}x5 for W = 100, 200, 500: five hidden Dense+ReLU layers of W, softmax output;
//   conv1d_100x7: hls4ml's KERAS_conv1d shapes (input 100x7, three Conv1D k=40 32 filters 'same' ReLU, Flatten 3200,
//   Dense 50 ReLU, Dense 5 softmax; 251,281 parameters).
var outDir = args.Length == 1 ? args[0] : throw new ArgumentException("usage: BenchModelMaker <output folder>");
Directory.CreateDirectory(outDir);

foreach (var width in new[] { 100, 200, 500 })
{
    var w = new SeededWeights(1500 + width);
    var sizes = new[] { 16, width, width, width, width, width, 5 };
    var json = new KerasJson().Input("input_1", 16);
    var layers = new List<(string, float[], int[], float[])>();
    for (var i = 0; i + 1 < sizes.Length; i++)
    {
        var last = i + 2 == sizes.Length;
        var name = last ? "output_softmax" : $"fc{i + 1}_relu";
        json.Dense(name, sizes[i + 1], last ? "softmax" : "relu");
        layers.Add((name, w.Next(sizes[i] * sizes[i + 1], sizes[i]), [sizes[i], sizes[i + 1]], w.Next(sizes[i + 1], sizes[i], 0.5)));
    }
    Write($"dense_16x{width}x{width}x{width}x{width}x{width}x5", json, layers);
}

{
    var w = new SeededWeights(1501);
    var json = new KerasJson().Input("input_1", 100, 7)
        .Conv1D("conv1_relu", 32, 40, "same", "relu").Conv1D("conv2_relu", 32, 40, "same", "relu").Conv1D("conv3_relu", 32, 40, "same", "relu")
        .Flatten("flatten_1").Dense("fc1_relu", 50, "relu").Dense("output_softmax", 5, "softmax");
    Write("conv1d_100x7", json,
    [
        ("conv1_relu", w.Next(40 * 7 * 32, 40 * 7), [40, 7, 32], w.Next(32, 40 * 7, 0.5)),
        ("conv2_relu", w.Next(40 * 32 * 32, 40 * 32), [40, 32, 32], w.Next(32, 40 * 32, 0.5)),
        ("conv3_relu", w.Next(40 * 32 * 32, 40 * 32), [40, 32, 32], w.Next(32, 40 * 32, 0.5)),
        ("fc1_relu", w.Next(3200 * 50, 3200), [3200, 50], w.Next(50, 3200, 0.5)),
        ("output_softmax", w.Next(50 * 5, 50), [50, 5], w.Next(5, 50, 0.5)),
    ]);
}

void Write(string stem, KerasJson json, IReadOnlyList<(string, float[], int[], float[])> layers)
{
    var jsonPath = Path.Combine(outDir, stem + ".json");
    var h5Path = Path.Combine(outDir, stem + "_weights.h5");
    File.WriteAllText(jsonPath, json.ToJson(stem));
    KerasWeightsFile.Write(h5Path, layers);
    // Self-check: the project's own importer must read what we wrote.
    var graph = new KerasImporter().Import(jsonPath, h5Path);
    Console.WriteLine($"wrote {jsonPath} + _weights.h5: {graph.Nodes.Count} nodes, {graph.Nodes.Sum(n => n.Op.ParameterCount)} parameters");
}
