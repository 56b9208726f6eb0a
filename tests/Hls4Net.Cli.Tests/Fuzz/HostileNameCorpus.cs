using System.Text;

namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>
/// Every hostile name as an ONNX node name (must convert) and as a tensor name (must convert unless empty, which
/// ONNX reads as "no tensor"); a Keras model whose layers carry all the names; the all-at-once ONNX model.
/// </summary>
internal static class HostileNameCorpus
{
    public static IEnumerable<FuzzCase> Generate(FuzzRandom rng, string kerasScratch)
    {
        var csv = File.ReadAllBytes(Hls4Net.TestSupport.RepoPaths.Sample("jet_mlp_input.csv"));
        var nodes = HostileNames.JetMlpNodeCount;
        for (var i = 0; i < HostileNames.All.Length; i++)
        {
            var name = HostileNames.All[i];
            var node = rng.Next(nodes);
            yield return Case($"node{node}={Show(name)}", HostileNames.RenameNode(node, name), csv, mustSucceed: true);
            // Tensor names reach the C++ code as port names (graph input and output); inner ones only the graph.
            var tensor = rng.Between(-1, nodes - 1);
            var port = tensor == -1 || tensor == nodes - 1;
            yield return Case($"tensor{tensor}={Show(name)}", HostileNames.RenameTensor(tensor, name), csv, mustSucceed: name.Length > 0, convert: port);
        }
        yield return Case("all-at-once", HostileNames.AllAtOnce(), csv, mustSucceed: true);

        // Keras requires unique layer names: every distinct hostile name once must convert, a repeated one is an error.
        var layers = new StringBuilder();
        foreach (var name in HostileNames.All.Distinct().Where(n => n is not ("fc1" or "out")))
        {
            layers.Append(", {\"class_name\": \"Activation\", \"config\": {\"name\": ")
                .Append(System.Text.Json.JsonSerializer.Serialize(name)).Append(", \"activation\": \"relu\"}}");
        }
        const string Fc1 = "\"activation\": \"relu\", \"use_bias\": true}}";
        var json = KerasFixture.Sequential.Replace(Fc1, Fc1 + layers, StringComparison.Ordinal);
        var weights = new KerasFixture(kerasScratch, rng).Keras2Weights();
        foreach (var command in new[] { 0, 1, 2 })
        {
            yield return new FuzzCase("names", $"keras-activations-{command}",
                new Dictionary<string, byte[]> { ["model.json"] = Encoding.UTF8.GetBytes(json), ["w.h5"] = weights, ["x.csv"] = OnnxCorpus.Csv(4, 3) },
                OnnxCorpus.Command(command, "model.json", "w.h5"), MustSucceed: true);
        }
        var duplicate = json.Replace("\"name\": \"out\"", "\"name\": \"fc1\"", StringComparison.Ordinal);
        yield return new FuzzCase("names", "keras-duplicate-name",
            new Dictionary<string, byte[]> { ["model.json"] = Encoding.UTF8.GetBytes(duplicate), ["w.h5"] = weights, ["x.csv"] = OnnxCorpus.Csv(4, 3) },
            OnnxCorpus.Command(1, "model.json", "w.h5"));
    }

    private static FuzzCase Case(string name, byte[] model, byte[] csv, bool mustSucceed, bool convert = true) =>
        new("names", name, new Dictionary<string, byte[]> { ["model.onnx"] = model, ["x.csv"] = csv },
            convert
                ? ["convert", "@in/model.onnx", "--input", "@in/x.csv", "-o", "@" + FuzzCase.ProjectFolder]
                : ["emulate", "@in/model.onnx", "--input", "@in/x.csv"],
            mustSucceed);

    private static string Show(string name) => name.Length > 20 ? name[..20] + "…" : name.Replace("\n", "\\n", StringComparison.Ordinal);
}
