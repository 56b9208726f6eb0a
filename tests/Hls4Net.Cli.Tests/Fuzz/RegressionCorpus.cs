using System.Text;
using Google.Protobuf;
using Hls4Net.Frontends.Onnx.Proto;
using Hls4Net.TestSupport;
using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;
using AttributeType = Hls4Net.Frontends.Onnx.Proto.AttributeProto.Types.AttributeType;

namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>
/// Fixed cases for every crash the random corpus found, so each fix stays covered whatever the generator draws:
/// each is run through convert, inspect and emulate.
/// </summary>
internal static class RegressionCorpus
{
    public static IEnumerable<FuzzCase> Generate(string scratch, FuzzRandom rng)
    {
        var onnx = new List<(string, byte[])>
        {
            ("resize-scale-2^31", Spatial("Resize", g => ["", Floats(g, 1, 1, 2147483648f, 1)])),
            ("resize-scale-1e10", Spatial("Resize", g => ["", Floats(g, 1, 1, 1e10f, 1)])),
            ("upsample-3000-to-output", Spatial("Upsample", g => [Floats(g, 1, 1, 3000, 3000)])),
            ("pad-2^32+1", Spatial("Pad", g => [Longs(g, 0, 0, 4294967297L, 0, 0, 0, 0, 0)])),
            ("conv-stride-0", Spatial("Conv", g => [Weights(g, 1, 2, 1, 1)], Ints("strides", 0, 0), Ints("auto_pad"))),
            ("conv-stride-2^40", Spatial("Conv", g => [Weights(g, 1, 2, 1, 1)], Ints("strides", 1L << 40, 1))),
            ("conv-pads-negative", Spatial("Conv", g => [Weights(g, 1, 2, 1, 1)], Ints("pads", -1, 0, 0, 0))),
            ("conv-weights-zero-by-huge", Spatial("Conv", g => [Weights(g, 0, 2, 1L << 40, 1)])),
            ("maxpool-kernel-huge", Spatial("MaxPool", _ => [], Ints("kernel_shape", 1L << 33, 1))),
            ("no-outputs", NoOutputs()),
            ("fold-concat-missing-input", Folded("Concat", g => [Floats(g, 1, 2), ""], new AttributeProto { Name = "axis", Type = AttributeType.Int, I = 0 })),
            ("fold-constantofshape-2^64", Folded("ConstantOfShape", g => [Longs(g, 1L << 32, 1L << 32, 3)])),
            ("fold-reshape-negative-dims", Folded("Reshape", g => [Floats(g, 1, 2, 3, 4, 5, 6), Longs(g, -2, -3)])),
        };
        var csv = File.ReadAllBytes(RepoPaths.Sample("jet_mlp_input.csv"));
        foreach (var (name, model) in onnx)
        {
            for (var k = 0; k < 3; k++)
            {
                yield return new FuzzCase("regression", $"onnx-{name}", new Dictionary<string, byte[]> { ["model.onnx"] = model, ["x.csv"] = csv },
                    OnnxCorpus.Command(k, "model.onnx")) { MustFail = name is "pad-2^32+1" or "no-outputs" };
            }
        }

        // A mapping entry with an empty key: YamlDotNet's representation model throws an ArgumentException.
        var emptyKey = ConfigCorpus.Valid.Replace("    Precision: ap_fixed<16,6>", "    : ap_fixed<16,6>", StringComparison.Ordinal);
        var onnxModel = File.ReadAllBytes(RepoPaths.Sample("jet_mlp.onnx"));
        foreach (var args in new[] { new[] { "inspect", "-c", "@in/cfg.yml" }, ["emulate", "-c", "@in/cfg.yml", "--input", "@in/x.csv"] })
        {
            yield return new FuzzCase("regression", "yaml-empty-key",
                new Dictionary<string, byte[]> { ["cfg.yml"] = Encoding.UTF8.GetBytes(emptyKey), ["model.onnx"] = onnxModel, ["x.csv"] = csv }, args);
        }

        var weights = new KerasFixture(scratch, rng).Keras2Weights();
        const string Input = "\"batch_input_shape\": [null, 4]";
        const string Fc1 = "{\"class_name\": \"Dense\", \"config\": {\"name\": \"fc1\", \"units\": 8, \"activation\": \"relu\", \"use_bias\": true}}";
        var keras = new List<(string, string)>
        {
            ("layer-not-object", KerasFixture.Sequential.Replace(Fc1, "42", StringComparison.Ordinal)),
            ("layers-not-list", """{"class_name": "Sequential", "config": {"name": "fz", "layers": 7}}"""),
            ("class-name-number", KerasFixture.Sequential.Replace("\"class_name\": \"Sequential\"", "\"class_name\": 1", StringComparison.Ordinal)),
            ("config-string", KerasFixture.Sequential.Replace("\"config\": {\"name\": \"fc1\", \"units\": 8, \"activation\": \"relu\", \"use_bias\": true}", "\"config\": \"x\"", StringComparison.Ordinal)),
            ("name-number", KerasFixture.Sequential.Replace("\"name\": \"fc1\"", "\"name\": -1", StringComparison.Ordinal)),
            ("activation-class-null", KerasFixture.Sequential.Replace("\"activation\": \"relu\"", "\"activation\": {\"class_name\": null, \"config\": []}", StringComparison.Ordinal)),
            ("activation-class-number", KerasFixture.Sequential.Replace("\"activation\": \"relu\"", "\"activation\": {\"class_name\": 7, \"config\": {}}", StringComparison.Ordinal)),
            ("activation-number", KerasFixture.Sequential.Replace("\"activation\": \"relu\"", "\"activation\": 2147483648", StringComparison.Ordinal)),
            ("units-fraction", KerasFixture.Sequential.Replace("\"units\": 8", "\"units\": 1.5", StringComparison.Ordinal)),
            ("input-zero", KerasFixture.Sequential.Replace(Input, "\"batch_input_shape\": [null, 0]", StringComparison.Ordinal)),
            ("input-fraction", KerasFixture.Sequential.Replace(Input, "\"batch_input_shape\": [null, 1.5]", StringComparison.Ordinal)),
            ("input-huge", KerasFixture.Sequential.Replace(Input, "\"batch_input_shape\": [null, 65536, 65536]", StringComparison.Ordinal)),
            ("input-2^31", KerasFixture.Sequential.Replace(Input, "\"batch_input_shape\": [null, 2147483648]", StringComparison.Ordinal)),
            ("keras-history-number", KerasFixture.Functional.Replace("[[[\"input_1\", 0, 0, {}]]]", "[{\"args\": [{\"config\": {\"keras_history\": 5}}]}]", StringComparison.Ordinal)),
            ("output-layers-number", KerasFixture.Functional.Replace("\"output_layers\": [[\"out\", 0, 0]]", "\"output_layers\": 2147483648", StringComparison.Ordinal)),
        };
        foreach (var (name, json) in keras)
        {
            for (var k = 0; k < 3; k++)
            {
                yield return new FuzzCase("regression", $"keras-{name}",
                    new Dictionary<string, byte[]> { ["model.json"] = Encoding.UTF8.GetBytes(json), ["w.h5"] = weights, ["x.csv"] = OnnxCorpus.Csv(4, 3) },
                    OnnxCorpus.Command(k, "model.json", "w.h5"));
            }
        }
    }

    /// <summary>jet_mlp cut after its first Gemm, then Reshape to [N, 2, 4, 4], <paramref name="op"/>, Flatten: the graph output.</summary>
    private static byte[] Spatial(string op, Func<GraphProto, string[]> extraInputs, params AttributeProto?[] attributes)
    {
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(RepoPaths.Sample("jet_mlp.onnx")));
        var g = model.Graph;
        while (g.Node.Count > 1) g.Node.RemoveAt(g.Node.Count - 1);
        g.Node.Add(new NodeProto { Name = "reshape", OpType = "Reshape", Input = { g.Node[0].Output[0], Longs(g, -1, 2, 4, 4) }, Output = { "x4d" } });
        var node = new NodeProto { Name = "hostile", OpType = op, Input = { "x4d" }, Output = { "y4d" } };
        node.Input.Add(extraInputs(g));
        foreach (var a in attributes) if (a is not null) node.Attribute.Add(a);
        g.Node.Add(node);
        g.Node.Add(new NodeProto { Name = "flatten", OpType = "Flatten", Input = { "y4d" }, Output = { "y" } });
        g.Output.Clear();
        g.Output.Add(new ValueInfoProto { Name = "y" });
        return model.ToByteArray();
    }

    /// <summary>jet_mlp cut after its first Gemm, plus <paramref name="op"/> on constants only (the constant folder runs it), added to the Gemm's output.</summary>
    private static byte[] Folded(string op, Func<GraphProto, string[]> inputs, params AttributeProto[] attributes)
    {
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(RepoPaths.Sample("jet_mlp.onnx")));
        var g = model.Graph;
        while (g.Node.Count > 1) g.Node.RemoveAt(g.Node.Count - 1);
        var node = new NodeProto { Name = "hostile", OpType = op, Input = { inputs(g) }, Output = { "k" }, Attribute = { attributes } };
        g.Node.Add(node);
        g.Node.Add(new NodeProto { Name = "add", OpType = "Add", Input = { g.Node[0].Output[0], "k" }, Output = { "y" } });
        g.Output.Clear();
        g.Output.Add(new ValueInfoProto { Name = "y" });
        return model.ToByteArray();
    }

    private static byte[] NoOutputs()
    {
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(RepoPaths.Sample("jet_mlp.onnx")));
        model.Graph.Output.Clear();
        return model.ToByteArray();
    }

    private static AttributeProto? Ints(string name, params long[] values) =>
        values.Length == 0
            ? new AttributeProto { Name = name, Type = AttributeType.String, S = ByteString.CopyFromUtf8("SAME_UPPER") }
            : new AttributeProto { Name = name, Type = AttributeType.Ints, Ints = { values } };

    private static string Floats(GraphProto g, params float[] values) => Tensor(g, DataType.Float, [values.Length], t => t.FloatData.Add(values));

    private static string Longs(GraphProto g, params long[] values) => Tensor(g, DataType.Int64, [values.Length], t => t.Int64Data.Add(values));

    /// <summary>Conv weights of shape <paramref name="dims"/> (zeros; no data when a dimension is 0).</summary>
    private static string Weights(GraphProto g, params long[] dims) =>
        Tensor(g, DataType.Float, dims, t => t.FloatData.Add(new float[dims.Contains(0) ? 0 : dims.Aggregate(1L, (a, d) => a * d)]));

    private static string Tensor(GraphProto g, DataType type, long[] dims, Action<TensorProto> fill)
    {
        var t = new TensorProto { Name = $"c{g.Initializer.Count}", DataType = (int)type, Dims = { dims } };
        fill(t);
        g.Initializer.Add(t);
        return t.Name;
    }
}
