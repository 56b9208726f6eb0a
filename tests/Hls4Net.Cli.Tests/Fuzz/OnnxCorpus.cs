using System.Text;
using Google.Protobuf;
using Hls4Net.Frontends.Onnx.Proto;
using Hls4Net.TestSupport;
using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;
using AttributeType = Hls4Net.Frontends.Onnx.Proto.AttributeProto.Types.AttributeType;

namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>
/// Corrupt ONNX files made from the repository's samples: byte-level damage (truncation, bit flips, overwritten or
/// deleted runs) and structural damage that still parses (hostile dimensions, element types, attributes, op types,
/// dangling names, inserted shape and resize ops with hostile constants). Commands rotate over convert, inspect and emulate.
/// </summary>
internal sealed class OnnxCorpus
{
    private static readonly long[] HostileInts =
        [0, -1, -2, 1, 2, 3, 7, 65536, 100_000, 1 << 20, int.MaxValue, (long)int.MaxValue + 1, 1L << 40, long.MaxValue, long.MinValue];

    private static readonly float[] HostileFloats = [float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0f, -1f, 1e-45f, 3e38f, 1e10f, 0.5f];

    private static readonly string[] OpTypes =
    [
        "Relu", "LeakyRelu", "Sigmoid", "Tanh", "HardSigmoid", "Elu", "Selu", "Softplus", "Softsign", "ThresholdedRelu", "Add",
        "BatchNormalization", "Clip", "Concat", "Constant", "Conv", "Gemm", "MatMul", "Sub", "Mul", "Max", "Min", "Mean", "Sum",
        "PRelu", "Pad", "Identity", "Dropout", "Cast", "MaxPool", "AveragePool", "GlobalMaxPool", "GlobalAveragePool", "Resize",
        "Upsample", "Flatten", "Reshape", "Softmax", "Transpose", "Gelu", "",
    ];

    private static readonly string[] AttributeNames =
    [
        "axis", "transA", "transB", "alpha", "beta", "perm", "kernel_shape", "pads", "strides", "dilations", "group", "auto_pad",
        "epsilon", "mode", "to", "keepdims", "scales", "ceil_mode", "count_include_pad", "value", "min", "max", "momentum",
    ];

    private readonly FuzzRandom _rng;

    public OnnxCorpus(FuzzRandom rng) => _rng = rng;

    public IEnumerable<FuzzCase> Generate(int bytePerModel, int structuralPerModel)
    {
        var models = new[]
        {
            ("jet_mlp", File.ReadAllBytes(RepoPaths.Sample("jet_mlp.onnx")), File.ReadAllBytes(RepoPaths.Sample("jet_mlp_input.csv"))),
            ("tiny_mlp", File.ReadAllBytes(RepoPaths.Sample("tiny_mlp.onnx")), Csv(8, 4)),
        };
        var n = 0;
        foreach (var (name, bytes, csv) in models)
        {
            foreach (var (what, corrupt) in ByteMutations.Generate(bytes, _rng, bytePerModel))
            {
                yield return Case("onnx-bytes", $"{name}-{what}", corrupt, csv, n++);
            }
            for (var i = 0; i < structuralPerModel; i++)
            {
                var model = ModelProto.Parser.ParseFrom(bytes);
                var what = new List<string>();
                for (var k = _rng.Between(1, 2); k > 0; k--) what.Add(Mutate(model));
                yield return Case("onnx-structure", $"{name}-{string.Join('+', what)}", model.ToByteArray(), csv, n++);
            }
        }
    }

    /// <summary>A CSV of <paramref name="rows"/> samples with <paramref name="width"/> small values and a header.</summary>
    public static byte[] Csv(int width, int rows)
    {
        var sb = new StringBuilder(string.Join(",", Enumerable.Range(0, width).Select(i => $"x{i}")) + "\n");
        for (var r = 0; r < rows; r++) sb.Append(string.Join(",", Enumerable.Range(0, width).Select(i => ((r * 7 + i * 3) % 11 - 5) / 4.0))).Append('\n');
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>convert, inspect or emulate (by <paramref name="n"/>) on in/model.onnx with in/x.csv.</summary>
    public static string[] Command(int n, string model, string? weights = null)
    {
        var w = weights is null ? [] : new[] { "--weights", "@in/" + weights };
        return (n % 3) switch
        {
            0 => ["convert", "@in/" + model, .. w, "-o", "@" + FuzzCase.ProjectFolder],
            1 => ["inspect", "@in/" + model, .. w],
            _ => ["emulate", "@in/" + model, .. w, "--input", "@in/x.csv"],
        };
    }

    private static FuzzCase Case(string category, string name, byte[] model, byte[] csv, int n) =>
        new(category, name, new Dictionary<string, byte[]> { ["model.onnx"] = model, ["x.csv"] = csv }, Command(n, "model.onnx"));

    private string Mutate(ModelProto m)
    {
        var g = m.Graph;
        switch (_rng.Next(16))
        {
            case 0:
            {
                var t = _rng.Pick(g.Initializer);
                t.Dims.Clear();
                for (var k = _rng.Next(4); k >= 0; k--) t.Dims.Add(_rng.Pick(HostileInts));
                return $"initdims({t.Name}:{string.Join('x', t.Dims)})";
            }
            case 1:
            {
                var t = _rng.Pick(g.Initializer);
                var raw = t.RawData.ToByteArray();
                if (raw.Length == 0)
                {
                    t.FloatData.Clear();
                    for (var k = _rng.Next(5); k > 0; k--) t.FloatData.Add(_rng.Pick(HostileFloats));
                    return $"floatdata({t.Name})";
                }
                t.RawData = ByteString.CopyFrom(raw[.._rng.Next(raw.Length)]);
                return $"rawcut({t.Name})";
            }
            case 2:
            {
                var t = _rng.Pick(g.Initializer);
                t.DataType = _rng.Between(-1, 20);
                return $"dtype({t.Name}:{t.DataType})";
            }
            case 3:
            {
                var t = _rng.Pick(g.Initializer);
                if (_rng.Chance(50)) t.DataLocation = TensorProto.Types.DataLocation.External;
                else
                {
                    var raw = t.RawData.ToByteArray();
                    if (raw.Length >= 4)
                    {
                        var bits = BitConverter.GetBytes(_rng.Pick(HostileFloats));
                        var at = _rng.Next(raw.Length / 4) * 4;
                        bits.CopyTo(raw, at);
                        t.RawData = ByteString.CopyFrom(raw);
                    }
                    else
                    {
                        t.FloatData.Add(_rng.Pick(HostileFloats));
                    }
                }
                return $"initvalue({t.Name})";
            }
            case 4:
            {
                var input = g.Input.First(i => g.Initializer.All(t => t.Name != i.Name));
                var tensor = input.Type?.TensorType;
                if (tensor?.Shape is null) return "input-noshape";
                switch (_rng.Next(5))
                {
                    case 0: tensor.ElemType = _rng.Between(-1, 17); return $"inputtype({tensor.ElemType})";
                    case 1: tensor.Shape = null; return "input-shape-removed";
                    case 2: input.Type = null; return "input-type-removed";
                    case 3: tensor.Shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = _rng.Pick(HostileInts) }); return "input-extra-dim";
                    default:
                    {
                        var d = tensor.Shape.Dim[_rng.Next(tensor.Shape.Dim.Count)];
                        if (_rng.Chance(20)) d.DimParam = _rng.Pick(new[] { "", "N", "../x", "batch" });
                        else d.DimValue = _rng.Pick(HostileInts);
                        return $"inputdim({d})";
                    }
                }
            }
            case 5:
            {
                var node = _rng.Pick(g.Node);
                node.OpType = _rng.Pick(OpTypes);
                return $"op({node.Name}:{node.OpType})";
            }
            case 6:
            {
                var node = _rng.Pick(g.Node);
                var names = _rng.Chance(50) ? node.Input : node.Output;
                if (names.Count == 0) { names.Add("dangling"); return "io-added"; }
                var i = _rng.Next(names.Count);
                switch (_rng.Next(4))
                {
                    case 0: names.RemoveAt(i); break;
                    case 1: names[i] = ""; break;
                    case 2: names[i] = "no_such_tensor"; break;
                    default: names.Add(names[i]); break;
                }
                return $"io({node.Name})";
            }
            case 7:
            {
                var node = _rng.Pick(g.Node);
                var a = HostileAttribute();
                node.Attribute.Add(a);
                if (_rng.Chance(50) && node.Attribute.Count > 1) node.Attribute.RemoveAt(0);
                return $"attr({node.Name}:{a.Name}:{a.Type})";
            }
            case 8:
            {
                var i = _rng.Next(g.Node.Count);
                switch (_rng.Next(3))
                {
                    case 0: g.Node.RemoveAt(i); return $"node-removed{i}";
                    case 1: g.Node.Add(g.Node[i].Clone()); return $"node-duplicated{i}";
                    default:
                        var nodes = g.Node.Reverse().ToList();
                        g.Node.Clear();
                        g.Node.Add(nodes);
                        return "nodes-reversed";
                }
            }
            case 9:
            {
                switch (_rng.Next(4))
                {
                    case 0: g.Output.Clear(); return "no-outputs";
                    case 1: g.Output[0].Name = _rng.Pick(new[] { "", "nope", g.Initializer[0].Name, g.Input[0].Name }); return "output-renamed";
                    case 2: g.Output.Add(g.Output[0].Clone()); return "output-twice";
                    default: g.Input.Clear(); return "no-inputs";
                }
            }
            case 10:
            {
                if (_rng.Chance(50)) m.OpsetImport.Clear();
                else foreach (var o in m.OpsetImport) o.Version = _rng.Pick(HostileInts);
                if (_rng.Chance(30)) m.IrVersion = _rng.Pick(HostileInts);
                return "opset";
            }
            default:
                return InsertOp(g);
        }
    }

    /// <summary>
    /// Insert a shape, layout, resize or convolution op with hostile constants and attributes after the first node.
    /// Spatial ops get a Reshape to [N, C, 4, 4] before them and a Flatten after; sometimes the graph ends there, so
    /// that a hostile output size reaches the emulator and the project writer instead of the next layer's shape check.
    /// </summary>
    private string InsertOp(GraphProto g)
    {
        var first = g.Node[0];
        var produced = first.Output[0];
        var fresh = "fz_" + _rng.Next(1000);
        foreach (var n in g.Node.Skip(1))
        {
            for (var i = 0; i < n.Input.Count; i++) if (n.Input[i] == produced) n.Input[i] = fresh;
        }
        var op = _rng.Pick(new[]
        {
            "Reshape", "Transpose", "Flatten", "Softmax", "Concat", "Pad", "Resize", "Upsample", "MaxPool", "AveragePool", "Conv", "Clip",
            "BatchNormalization", "GlobalAveragePool",
        });
        var spatial = op is "Pad" or "Resize" or "Upsample" or "MaxPool" or "AveragePool" or "Conv" or "GlobalAveragePool" or "Transpose" or "Concat"
            && _rng.Chance(75);
        var consts = new List<string>();
        string Const(long[] values, DataType type = DataType.Int64, long[]? dims = null)
        {
            var t = new TensorProto { Name = $"fzc{g.Initializer.Count}", DataType = (int)type, Dims = { dims ?? [values.Length] } };
            if (type == DataType.Int64) t.Int64Data.Add(values);
            else t.FloatData.Add(values.Select(v => (float)v));
            g.Initializer.Add(t);
            consts.Add(string.Join(',', values));
            return t.Name;
        }
        long[] Ints(int count) => Enumerable.Range(0, count).Select(_ => _rng.Chance(60) ? _rng.Between(0, 4) : _rng.Pick(HostileInts)).ToArray();
        var nodes = new List<NodeProto>();
        var input = produced;
        if (spatial)
        {
            // jet_mlp's first Gemm gives 32 features, tiny_mlp's first MatMul 16: [N, C, 4, 4].
            var channels = first.OpType == "Gemm" ? 2 : 1;
            nodes.Add(new NodeProto { Name = "fz/reshape", OpType = "Reshape", Input = { produced, Const([-1, channels, 4, 4]) }, Output = { "fz_4d" } });
            input = "fz_4d";
        }
        var output = spatial ? "fz_op" : fresh;
        var node = new NodeProto { Name = "fz/" + op, OpType = op, Input = { input }, Output = { output } };
        switch (op)
        {
            case "Reshape": node.Input.Add(Const(Ints(_rng.Between(1, 4)))); break;
            case "Pad": node.Input.Add(Const(_rng.Chance(50) ? Ints(8) : [0, 0, _rng.Pick(HostileInts), _rng.Pick(HostileInts), 0, 0, _rng.Between(0, 3), _rng.Between(0, 3)])); break;
            case "Resize": node.Input.Add(""); node.Input.Add(Const(_rng.Chance(50) ? Ints(4) : [1, 1, _rng.Pick(HostileInts), _rng.Between(1, 3)], DataType.Float)); break;
            case "Upsample": node.Input.Add(Const(_rng.Chance(50) ? Ints(4) : [1, 1, _rng.Between(1, 3), _rng.Pick(HostileInts)], DataType.Float)); break;
            case "Conv":
            {
                var dims = _rng.Chance(50)
                    ? new long[] { _rng.Between(1, 3), spatial ? (first.OpType == "Gemm" ? 2 : 1) : 1, _rng.Between(1, 3), _rng.Between(1, 3) }
                    : Ints(_rng.Between(1, 4));
                var size = dims.Aggregate(1L, (a, d) => d is > 0 and < 64 ? a * d : a * 1000);
                node.Input.Add(Const(size is > 0 and <= 4096 ? new long[size] : [1], DataType.Float, dims));
                break;
            }
            case "Clip": node.Input.Add(Const([_rng.Pick(HostileInts)], DataType.Float)); break;
            case "BatchNormalization": for (var k = 0; k < 4; k++) node.Input.Add(Const(Ints(_rng.Between(1, 40)), DataType.Float)); break;
            case "Concat": node.Input.Add(input); break;
        }
        for (var k = _rng.Next(3); k > 0; k--) node.Attribute.Add(HostileAttribute());
        nodes.Add(node);
        if (spatial) nodes.Add(new NodeProto { Name = "fz/flatten", OpType = "Flatten", Input = { output }, Output = { fresh } });
        for (var k = 0; k < nodes.Count; k++) g.Node.Insert(1 + k, nodes[k]);
        if (_rng.Chance(30))
        {
            // End the graph at the inserted op.
            while (g.Node.Count > nodes.Count + 1) g.Node.RemoveAt(g.Node.Count - 1);
            g.Output.Clear();
            g.Output.Add(new ValueInfoProto { Name = fresh });
        }
        return $"insert({op}{(spatial ? "-4d" : "")}[{string.Join(';', consts)}])";
    }

    private AttributeProto HostileAttribute()
    {
        var a = new AttributeProto { Name = _rng.Pick(AttributeNames) };
        switch (_rng.Next(5))
        {
            case 0: a.Type = AttributeType.Int; a.I = _rng.Pick(HostileInts); break;
            case 1: a.Type = AttributeType.Float; a.F = _rng.Pick(HostileFloats); break;
            case 2:
                a.Type = AttributeType.Ints;
                for (var k = _rng.Next(6); k > 0; k--) a.Ints.Add(_rng.Chance(50) ? _rng.Between(0, 3) : _rng.Pick(HostileInts));
                break;
            case 3: a.Type = AttributeType.String; a.S = ByteString.CopyFromUtf8(_rng.Pick(new[] { "", "SAME_UPPER", "VALID", "linear", "\u00ff\u0000" })); break;
            default: a.Type = (AttributeType)_rng.Between(0, 12); break;
        }
        return a;
    }
}
