using System.Globalization;
using Hls4Net.Frontends.Onnx;
using Hls4Net.SampleMaker;

// Trains the sample models deterministically and writes them to the folder given as the only argument.
var outDir = args.Length == 1 ? args[0] : throw new ArgumentException("usage: SampleMaker <output folder>");
Directory.CreateDirectory(outDir);

// jet_mlp: 16 -> 32 ReLU -> 16 ReLU -> 5 softmax, exported PyTorch-style (Gemm transB=1, raw_data weights).
var rng = new SplitMix64(20240501);
var centres = Dataset.JetCentres(rng);
var jetTrain = Dataset.Jets(rng, 3000, centres);
var jetTest = Dataset.Jets(rng, 500, centres);
var jet = new Mlp([new DenseLayer(16, 32, "relu", false, rng), new DenseLayer(32, 16, "relu", false, rng), new DenseLayer(16, 5, "softmax", false, rng)]);
for (var epoch = 0; epoch < 20; epoch++) jet.TrainEpoch(jetTrain, 0.01, rng);
Console.WriteLine($"jet_mlp: test accuracy {jet.Accuracy(jetTest, multiLabel: false):F3}");
Write("jet_mlp.onnx", SampleExporter.JetMlp(jet));
var csv = new List<string> { string.Join(",", Enumerable.Range(0, 16).Select(i => $"f{i}")) };
csv.AddRange(jetTest.X.Take(8).Select(x => string.Join(",", x.Select(v => ((float)v).ToString(CultureInfo.InvariantCulture)))));
File.WriteAllText(Path.Combine(outDir, "jet_mlp_input.csv"), string.Join("\n", csv) + "\n");

// tiny_mlp: 8 -> 16 (BatchNormalization, tanh) -> 3 sigmoid (multi-label), exported Keras-style (MatMul + Add, float_data).
rng = new SplitMix64(7);
var tinyTrain = Dataset.Tiny(rng, 2000);
var tinyTest = Dataset.Tiny(rng, 500);
var tiny = new Mlp([new DenseLayer(8, 16, "tanh", true, rng), new DenseLayer(16, 3, "sigmoid", false, rng)]);
for (var epoch = 0; epoch < 20; epoch++) tiny.TrainEpoch(tinyTrain, 0.02, rng);
Console.WriteLine($"tiny_mlp: test accuracy {tiny.Accuracy(tinyTest, multiLabel: true):F3}");
Write("tiny_mlp.onnx", SampleExporter.TinyMlp(tiny));

void Write(string file, byte[] bytes)
{
    var path = Path.Combine(outDir, file);
    File.WriteAllBytes(path, bytes);
    // Self-check: the project's own importer must read what we wrote.
    var graph = new OnnxImporter().Import(path);
    Console.WriteLine($"wrote {path}: {graph.Nodes.Count} nodes, {graph.Nodes.Sum(n => n.Op.ParameterCount)} parameters");
}
