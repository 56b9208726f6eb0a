using Hls4Net.Core.Ir;
using Hls4Net.Frontends.Onnx.Proto;
using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;
using DimCase = Hls4Net.Frontends.Onnx.Proto.TensorShapeProto.Types.Dimension.ValueOneofCase;

namespace Hls4Net.Frontends.Onnx;

/// <summary>Walks one parsed ModelProto: constants, inputs (batch axis stripped), nodes through the mappers, outputs.</summary>
internal sealed class OnnxGraphBuilder
{
    private readonly OnnxMapperSet _mappers;
    private readonly string _modelName;

    public OnnxGraphBuilder(OnnxMapperSet mappers, string modelName)
    {
        _mappers = mappers;
        _modelName = modelName;
    }

    public Graph Build(ModelProto model)
    {
        var g = model.Graph;
        var graphName = _modelName.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase) ? _modelName[..^5] : _modelName;
        var context = new OnnxImportContext(new Graph(graphName), _modelName);
        var tensors = new OnnxTensorReader(_modelName);
        foreach (var init in g.Initializer) context.SetConstant(init.Name, tensors.Read(init));

        // IR version < 4 files list initializers among the inputs too; those are constants, not model inputs.
        foreach (var input in g.Input.Where(i => !context.IsConstant(i.Name)))
        {
            var value = new Value(input.Name, InputShape(input, IndicesOnly(g, input.Name)));
            context.Graph.Inputs.Add(value);
            context.SetValue(input.Name, value);
        }

        var nodes = NameNodes(g, model);
        context.SetWiring(g.Node.SelectMany(n => n.Input), g.Output.Select(o => o.Name));
        CheckAllSupported(nodes);
        var folder = new OnnxConstantFolder();
        foreach (var node in nodes)
        {
            if (context.ReadsOnlyDropped(node))
            {
                foreach (var output in node.Proto.Output) context.Drop(output);
                continue;
            }
            if (node.Key.IsDefaultDomain && folder.TryFold(node, context))
            {
                Quantization.QuantizedConstantHints.Propagate(node, context);
                continue;
            }
            var firstNew = context.Graph.Nodes.Count;
            MapChecked(node, context);
            Quantization.QuantizedConstantHints.Attach(node, context, firstNew);
        }

        foreach (var output in g.Output)
        {
            if (context.IsDropped(output.Name)) continue;
            var value = context.FindValue(output.Name);
            if (value is null)
            {
                var why = context.IsBatchSwapped(output.Name) ? "its batch axis is transposed"
                    : context.IsConstant(output.Name) ? "it is a constant" : "no node produces it";
                throw new ModelLoadException($"graph output '{output.Name}' of model '{_modelName}' cannot be imported: {why}");
            }
            // A value reached through a no-op alias (Transpose pair) takes the graph output's name, like Graph.Bypass does.
            if (value.Name == output.Name && context.Graph.IsOutput(value)) continue; // already an output (a ZipMap's probabilities)
            if (value.Name != output.Name && value.Producer is not null && !context.Graph.IsOutput(value)) value.Name = output.Name;
            context.Graph.Outputs.Add(value);
        }
        Mappers.SampleReshape.RemoveUnread(context.Graph);
        if (context.Graph.Outputs.Count == 0) throw new ModelLoadException($"model '{_modelName}' declares no graph outputs");
        return context.Graph;
    }

    /// <summary>Map one node; the IR's own argument and size checks (a zero or overflowing dimension) become an error naming the node.</summary>
    private void MapChecked(OnnxNode node, OnnxImportContext context)
    {
        try
        {
            _mappers.Find(node.Key)!.Map(node, context);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException && e.Source == typeof(Shape).Assembly.GetName().Name)
        {
            throw node.Error($"ONNX op '{node.OpType}' cannot be imported", e is OverflowException ? "a tensor would have more than 2^31 values" : e.Message);
        }
    }

    /// <summary>The version of <paramref name="domain"/>'s operator set the model imports.</summary>
    private static long Opset(ModelProto model, string domain)
    {
        var entry = model.OpsetImport.FirstOrDefault(o => OnnxOpKey.Normalize(o.Domain) == domain);
        // A model without an entry for the default domain predates operator sets: opset 1 semantics.
        return entry?.Version ?? 1;
    }

    /// <summary>IR node names: the ONNX node name when present and unused, else the output tensor name; made unique.</summary>
    private List<OnnxNode> NameNodes(GraphProto g, ModelProto model)
    {
        var opsets = new Dictionary<string, long>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<OnnxNode>();
        // torch's decomposed LayerNorm (opset < 17) and Softsign (Abs, Add 1, Div) become one node each first.
        var tensors = new OnnxTensorReader(_modelName);
        foreach (var proto in SoftsignFusion.Fuse(Sequence.LayerNormFusion.Fuse(g, tensors), g, tensors))
        {
            var name = proto.Name;
            if (name.Length == 0 || used.Contains(name)) name = proto.Output.FirstOrDefault(o => o.Length > 0) ?? proto.OpType;
            var unique = name;
            for (var k = 2; used.Contains(unique); k++) unique = $"{name}_{k}";
            used.Add(unique);
            var domain = OnnxOpKey.Normalize(proto.Domain);
            if (!opsets.TryGetValue(domain, out var opset)) opsets[domain] = opset = Opset(model, domain);
            result.Add(new OnnxNode(proto, unique, _modelName, opset));
        }
        return result;
    }

    /// <summary>
    /// Fail before mapping when any op is unsupported, listing every one (op type, node, what would work instead),
    /// so the message names the real culprits (e.g. Conv) and a user sees all problems at once.
    /// </summary>
    private void CheckAllSupported(List<OnnxNode> nodes)
    {
        var problems = nodes.Select(Problem).OfType<(string Where, string Hint)>().ToList();
        if (problems.Count == 1)
        {
            throw new ModelLoadException($"unsupported ONNX op {problems[0].Where} in model '{_modelName}': {problems[0].Hint}");
        }
        if (problems.Count > 1)
        {
            throw new ModelLoadException($"{problems.Count} unsupported ONNX ops in model '{_modelName}': " + string.Join("; ", problems.Select(p => $"{p.Where}: {p.Hint}")));
        }
    }

    /// <summary>Why <paramref name="node"/> cannot be imported, or null when a mapper or the constant folder takes it.</summary>
    private (string Where, string Hint)? Problem(OnnxNode node)
    {
        var key = node.Key;
        if (_mappers.Find(key) is not null) return null;
        if (key.IsDefaultDomain)
        {
            if (OnnxConstantFolder.FoldedOpTypes.Contains(node.OpType)) return null;
            return ($"'{node.OpType}' (node '{node.Name}')", OnnxUnsupportedOpHints.For(node.OpType));
        }
        var where = $"'{node.OpType}' from domain '{node.Proto.Domain}' (node '{node.Name}')";
        if (_mappers.Domains.Contains(key.Domain)) return (where, $"no mapper for this op in domain '{key.Domain}'");
        var others = _mappers.Domains.Where(d => d.Length > 0).Order(StringComparer.Ordinal).ToList();
        return (where, others.Count == 0
            ? "only the default ONNX domain (ai.onnx) is supported; export without custom or contrib ops"
            : $"only the default ONNX domain (ai.onnx) and {string.Join(", ", others)} are supported; export without custom or contrib ops");
    }

    /// <summary>True when every node reading tensor <paramref name="name"/> is a Gather reading it as its indices (an embedding's integer input).</summary>
    private static bool IndicesOnly(GraphProto g, string name)
    {
        var readers = g.Node.Where(n => n.Input.Contains(name)).ToList();
        return readers.Count > 0 && readers.All(n => n.OpType == "Gather" && n.Input.Count == 2 && n.Input[1] == name && n.Input[0] != name);
    }

    private static readonly int[] IntegerTypes =
        [(int)DataType.Int64, (int)DataType.Int32, (int)DataType.Int16, (int)DataType.Int8, (int)DataType.Uint8, (int)DataType.Uint16, (int)DataType.Uint32];

    private Shape InputShape(ValueInfoProto input, bool integerIndices)
    {
        string Fail(string what) => throw new ModelLoadException($"graph input '{input.Name}' of model '{_modelName}' {what}");
        var tensor = input.Type?.TensorType ?? throw new ModelLoadException($"graph input '{input.Name}' of model '{_modelName}' is not a tensor");
        if (tensor.ElemType != (int)DataType.Float && tensor.ElemType != (int)DataType.Double && !(integerIndices && IntegerTypes.Contains(tensor.ElemType)))
        {
            Fail($"has element type {(DataType)tensor.ElemType}; only float inputs are supported (integer inputs only as the indices of an embedding Gather)");
        }
        var dims = tensor.Shape?.Dim ?? throw new ModelLoadException($"graph input '{input.Name}' of model '{_modelName}' has no shape");
        // The first axis is the batch (dim_param like "N", or any number such as 1 or an exporter's sample count).
        if (dims.Count < 2) Fail($"has rank {dims.Count}; expected a batch axis followed by the features");
        var sample = new int[dims.Count - 1];
        for (var i = 1; i < dims.Count; i++)
        {
            var d = dims[i];
            if (d.ValueCase != DimCase.DimValue || d.DimValue <= 0 || d.DimValue > int.MaxValue)
            {
                Fail($"has an unknown or invalid size on axis {i} ('{(d.ValueCase == DimCase.DimParam ? d.DimParam : d.DimValue.ToString())}'); only the batch axis may be symbolic");
            }
            sample[i - 1] = (int)d.DimValue;
        }
        return new Shape(sample);
    }
}
