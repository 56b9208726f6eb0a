using Google.Protobuf;
using Hls4Net.Frontends.Onnx.Proto;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>
/// Layer and tensor names chosen to break generated C++ and file names: C++ keywords and library names, names the
/// backend generates itself, reserved forms, unicode, path separators and "..", very long, empty, duplicated, and
/// names that differ only by case or only after sanitization.
/// </summary>
internal static class HostileNames
{
    public static readonly string[] All =
    [
        "class", "int", "void", "template", "namespace", "std", "main", "return", "myproject", "ap_fixed", "hls", "layer2_out", "input_t",
        "result_t", "config2", "w2", "b2", "N_INPUTS", "__init", "_x", "x__y", "_", "名前", "Ωμέγα", "emoji🙂", "a/b", "a\\b", "..", ".",
        "../../etc/passwd", "/abs", "", "   ", new string('x', 300), new string('é', 200), "Dense", "dense", "DENSE", "a-b", "a.b", "a b",
        "a\tb", "line\nbreak", "con", "nul", "9lives", "fc1", "fc1", "#include <cstdlib>", "x\"; system(\"rm -rf /\"); //", "${HOME}", "%s%n",
    ];

    /// <summary>jet_mlp with node <paramref name="node"/> renamed.</summary>
    public static byte[] RenameNode(int node, string name)
    {
        var model = JetMlp();
        model.Graph.Node[node].Name = name;
        return model.ToByteArray();
    }

    /// <summary>jet_mlp with the tensor <paramref name="tensor"/>-th produced value (or the graph input, -1) renamed everywhere.</summary>
    public static byte[] RenameTensor(int tensor, string name)
    {
        var model = JetMlp();
        var g = model.Graph;
        var old = tensor < 0 ? g.Input.First(i => g.Initializer.All(t => t.Name != i.Name)).Name : g.Node[tensor].Output[0];
        Rename(g, old, name);
        return model.ToByteArray();
    }

    /// <summary>
    /// jet_mlp with every node and tensor given a hostile name, and one extra ReLU layer per hostile name
    /// (so every name becomes a layer): the model for the one g++ compile of the hostile-names test.
    /// </summary>
    public static byte[] AllAtOnce()
    {
        var model = JetMlp();
        var g = model.Graph;
        var relu = g.Node.First(n => n.OpType == "Relu");
        var at = g.Node.IndexOf(relu) + 1;
        var current = relu.Output[0];
        var next = g.Node[at];
        for (var i = 0; i < All.Length; i++)
        {
            var output = $"{All[i]}#{i}";
            g.Node.Insert(at + i, new NodeProto { Name = All[i], OpType = "Relu", Input = { current }, Output = { output } });
            current = output;
        }
        next.Input[0] = current;
        var originals = g.Node.Where(n => !All.Contains(n.Name)).ToList();
        for (var i = 0; i < originals.Count; i++)
        {
            originals[i].Name = All[(i * 7) % All.Length];
            Rename(g, originals[i].Output[0], All[(i * 11 + 3) % All.Length] + "·" + i);
        }
        Rename(g, g.Input.First(inp => g.Initializer.All(t => t.Name != inp.Name)).Name, "in put/..");
        return model.ToByteArray();
    }

    public static int JetMlpNodeCount => JetMlp().Graph.Node.Count;

    private static ModelProto JetMlp() => ModelProto.Parser.ParseFrom(File.ReadAllBytes(RepoPaths.Sample("jet_mlp.onnx")));

    private static void Rename(GraphProto g, string old, string name)
    {
        foreach (var n in g.Node)
        {
            for (var i = 0; i < n.Input.Count; i++) if (n.Input[i] == old) n.Input[i] = name;
            for (var i = 0; i < n.Output.Count; i++) if (n.Output[i] == old) n.Output[i] = name;
        }
        foreach (var v in g.Input.Concat(g.Output).Concat(g.ValueInfo)) if (v.Name == old) v.Name = name;
    }
}
