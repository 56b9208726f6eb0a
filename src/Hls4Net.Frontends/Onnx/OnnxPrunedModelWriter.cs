using Google.Protobuf;
using Hls4Net.Frontends.Onnx.Proto;

namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// Writes a pruned copy of an ONNX model: the original ModelProto with the weight and bias initializers of the
/// rewritten Dense layers replaced (<see cref="OnnxDenseRewrite"/>), and the weights of pruned convolutions
/// (<see cref="OnnxConvRewrite"/>, same shape), shapes shrunk for structured pruning, and the
/// optional intermediate shape annotations (value_info) dropped because they may no longer hold. Everything else
/// (opset, other nodes and attributes, metadata) is kept. A layer is a Gemm (transA = 0, alpha = beta = 1, data as its
/// first input) or a MatMul whose output feeds one Add of a constant bias; its initializers must be used by it alone
/// and hold the layer's original values, else nothing is written and a <see cref="ModelLoadException"/> says why.
/// </summary>
public sealed class OnnxPrunedModelWriter
{
    /// <summary>Write the pruned model of <paramref name="sourcePath"/> to <paramref name="outputPath"/> (atomically: a temp sibling, then renamed).</summary>
    public void Write(string sourcePath, string outputPath, IReadOnlyList<OnnxDenseRewrite> layers, IReadOnlyList<OnnxConvRewrite>? convolutions = null)
    {
        var bytes = Rewrite(File.ReadAllBytes(sourcePath), Path.GetFileName(sourcePath), layers, convolutions);
        var full = Path.GetFullPath(outputPath);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, full, overwrite: true);
    }

    /// <summary>The serialized pruned model of the serialized model <paramref name="source"/>.</summary>
    public byte[] Rewrite(byte[] source, string modelName, IReadOnlyList<OnnxDenseRewrite> layers, IReadOnlyList<OnnxConvRewrite>? convolutions = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(layers);
        ModelProto model;
        try
        {
            model = ModelProto.Parser.ParseFrom(source);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new ModelLoadException($"'{modelName}' is not a valid ONNX model ({ex.Message})", ex);
        }
        var graph = model.Graph ?? throw new ModelLoadException($"'{modelName}' has no graph");
        var reader = new OnnxTensorReader(modelName);
        foreach (var layer in layers) Rewrite(graph, reader, modelName, layer);
        foreach (var conv in convolutions ?? []) Rewrite(graph, reader, modelName, conv);
        graph.ValueInfo.Clear();
        return model.ToByteArray();
    }

    private static void Rewrite(GraphProto graph, OnnxTensorReader reader, string modelName, OnnxDenseRewrite layer)
    {
        ModelLoadException Fail(string why) => new($"cannot write the pruned model of '{modelName}': layer '{layer.Node}' {why}");
        var node = FindNode(graph, layer.Node) ?? throw Fail("is not a node of the file");
        if (layer.OriginalWeights.Length != layer.OriginalInputs * layer.OriginalOutputs || layer.Weights.Length != layer.Inputs * layer.Outputs
            || layer.OriginalBias.Length != layer.OriginalOutputs || layer.Bias.Length != layer.Outputs)
        {
            throw new ArgumentException($"layer '{layer.Node}': weight and bias sizes do not match their shapes");
        }
        bool transposed;
        string? biasName;
        if (node.OpType == "Gemm")
        {
            foreach (var a in node.Attribute)
            {
                var ok = a.Name switch
                {
                    "alpha" or "beta" => a.F == 1f,
                    "transA" => a.I == 0,
                    "transB" => true,
                    _ => false,
                };
                if (!ok) throw Fail($"is a Gemm with {a.Name} other than the default; only transB is supported here");
            }
            transposed = node.Attribute.Any(a => a.Name == "transB" && a.I != 0);
            biasName = node.Input.Count > 2 && node.Input[2].Length > 0 ? node.Input[2] : null;
        }
        else if (node.OpType == "MatMul")
        {
            transposed = false;
            var consumers = graph.Node.Where(n => n.Input.Contains(node.Output[0])).ToList();
            var add = consumers.Count == 1 && consumers[0].OpType == "Add" ? consumers[0] : null;
            biasName = add?.Input.FirstOrDefault(i => i != node.Output[0] && Initializer(graph, i) is not null);
            if (add is not null && biasName is null) throw Fail("feeds an Add whose other input is not a constant");
        }
        else
        {
            throw Fail($"is a {node.OpType}; only Gemm and MatMul layers can be rewritten");
        }
        if (node.Input.Count < 2 || Initializer(graph, node.Input[1]) is not { } wProto) throw Fail("takes its weights from no initializer");
        if (Initializer(graph, node.Input[0]) is not null) throw Fail("takes its data as its second input");

        // The file must hold the original values: no import pass rewrote them.
        var w = reader.Read(wProto);
        var (rows, cols) = transposed ? (layer.OriginalOutputs, layer.OriginalInputs) : (layer.OriginalInputs, layer.OriginalOutputs);
        if (w.Rank != 2 || w.Dims[0] != rows || w.Dims[1] != cols) throw Fail($"has weights of shape {w.ShapeText}, not [{rows},{cols}]");
        for (var i = 0; i < layer.OriginalInputs; i++)
        {
            for (var j = 0; j < layer.OriginalOutputs; j++)
            {
                var v = transposed ? w.Data[j * cols + i] : w.Data[i * cols + j];
                if ((float)v != layer.OriginalWeights[i * layer.OriginalOutputs + j]) throw Fail("has weights that import changed (a fused or reordered layer); write an overlay instead");
            }
        }
        EnsureSingleUse(graph, wProto.Name, Fail);
        var newW = new float[layer.Weights.Length];
        for (var i = 0; i < layer.Inputs; i++)
        {
            for (var j = 0; j < layer.Outputs; j++)
            {
                newW[transposed ? j * layer.Inputs + i : i * layer.Outputs + j] = layer.Weights[i * layer.Outputs + j];
            }
        }
        Replace(graph, wProto, Tensor(wProto.Name, transposed ? [layer.Outputs, layer.Inputs] : [layer.Inputs, layer.Outputs], newW));

        var biasZero = layer.Bias.All(b => b == 0);
        if (biasName is null)
        {
            if (layer.OriginalBias.Any(b => b != 0)) throw Fail("has a bias the file does not hold");
            if (biasZero) return;
            if (node.OpType != "Gemm") throw Fail("needs a bias (folded neurons) but its MatMul has no Add");
            var name = UniqueName(graph, layer.Node + "_pruned_bias");
            graph.Initializer.Add(Tensor(name, [layer.Outputs], layer.Bias));
            while (node.Input.Count < 2) node.Input.Add("");
            node.Input.Add(name);
            return;
        }
        var bProto = Initializer(graph, biasName)!;
        var b = reader.Read(bProto);
        for (var j = 0; j < layer.OriginalOutputs; j++)
        {
            if ((float)b.Data[b.Size == 1 ? 0 : j] != layer.OriginalBias[j]) throw Fail("has a bias that import changed");
        }
        if (b.Size != 1 && b.Size != layer.OriginalOutputs) throw Fail($"has a bias of shape {b.ShapeText}");
        EnsureSingleUse(graph, bProto.Name, Fail);
        long[] dims = b.Size == 1 ? [layer.Outputs] : [.. b.Dims.Take(b.Rank - 1), layer.Outputs];
        Replace(graph, bProto, Tensor(bProto.Name, dims, layer.Bias));
    }

    /// <summary>
    /// A convolution's weights (zeros set, filters or input channels removed) and bias: the file's [cout, cin, kh, kw]
    /// (or [cout, cin, k]) weight initializer and its bias initializer replaced.
    /// </summary>
    private static void Rewrite(GraphProto graph, OnnxTensorReader reader, string modelName, OnnxConvRewrite layer)
    {
        ModelLoadException Fail(string why) => new($"cannot write the pruned model of '{modelName}': layer '{layer.Node}' {why}");
        var node = FindNode(graph, layer.Node) ?? throw Fail("is not a node of the file");
        var taps = layer.KernelH * layer.KernelW;
        if (layer.OriginalWeights.Length != taps * layer.OriginalInChannels * layer.OriginalOutChannels || layer.Weights.Length != taps * layer.InChannels * layer.OutChannels
            || layer.OriginalBias.Length != layer.OriginalOutChannels || layer.Bias.Length != layer.OutChannels)
        {
            throw new ArgumentException($"layer '{layer.Node}': weight and bias sizes do not match the kernel shape");
        }
        if (node.OpType != "Conv") throw Fail($"is a {node.OpType}; only Conv layers are rewritten as convolutions");
        if (node.Attribute.Any(a => a.Name == "group" && a.I != 1)) throw Fail("is a grouped Conv; only group 1 is supported here");
        if (node.Input.Count < 2 || Initializer(graph, node.Input[1]) is not { } wProto) throw Fail("takes its weights from no initializer");
        var w = reader.Read(wProto);
        var oneD = layer.KernelH == 1 && w.Rank == 3;
        long[] Dims(int cin, int cout) => oneD ? [cout, cin, layer.KernelW] : [cout, cin, layer.KernelH, layer.KernelW];
        var dims = Dims(layer.OriginalInChannels, layer.OriginalOutChannels);
        if (!w.Dims.Select(d => (long)d).SequenceEqual(dims)) throw Fail($"has weights of shape {w.ShapeText}, not [{string.Join(",", dims)}]");
        // IR index ((r*kw + c)*cin + ci)*cout + co; ONNX index ((co*cin + ci)*kh + r)*kw + c.
        int Onnx(int k, int cin, int cout)
        {
            var co = k % cout;
            var ci = k / cout % cin;
            var c = k / (cout * cin) % layer.KernelW;
            var r = k / (cout * cin * layer.KernelW);
            return ((co * cin + ci) * layer.KernelH + r) * layer.KernelW + c;
        }
        for (var k = 0; k < layer.OriginalWeights.Length; k++)
        {
            if ((float)w.Data[Onnx(k, layer.OriginalInChannels, layer.OriginalOutChannels)] != layer.OriginalWeights[k])
                throw Fail("has weights that import changed (a fused batch norm); write an overlay instead");
        }
        EnsureSingleUse(graph, wProto.Name, Fail);
        var values = new float[layer.Weights.Length];
        for (var k = 0; k < values.Length; k++) values[Onnx(k, layer.InChannels, layer.OutChannels)] = layer.Weights[k];
        Replace(graph, wProto, Tensor(wProto.Name, Dims(layer.InChannels, layer.OutChannels), values));

        var biasName = node.Input.Count > 2 && node.Input[2].Length > 0 ? node.Input[2] : null;
        if (biasName is null)
        {
            if (layer.OriginalBias.Any(b => b != 0) || layer.Bias.Any(b => b != 0)) throw Fail("has a bias the file does not hold");
            return;
        }
        var bProto = Initializer(graph, biasName) ?? throw Fail("takes its bias from no initializer");
        var b = reader.Read(bProto);
        if (b.Size != layer.OriginalOutChannels) throw Fail($"has a bias of shape {b.ShapeText}");
        for (var j = 0; j < layer.OriginalOutChannels; j++)
        {
            if ((float)b.Data[j] != layer.OriginalBias[j]) throw Fail("has a bias that import changed");
        }
        if (layer.OutChannels == layer.OriginalOutChannels && layer.Bias.AsSpan().SequenceEqual(layer.OriginalBias)) return;
        EnsureSingleUse(graph, bProto.Name, Fail);
        Replace(graph, bProto, Tensor(bProto.Name, [layer.OutChannels], layer.Bias));
    }

    /// <summary>
    /// The node the importer named <paramref name="irName"/>: the node of that name, else (a node without a name, as
    /// tf2onnx writes them) the node whose first output has that name, as <c>OnnxGraphBuilder</c> names nodes.
    /// </summary>
    private static NodeProto? FindNode(GraphProto graph, string irName) =>
        graph.Node.FirstOrDefault(n => n.Name == irName)
        ?? graph.Node.FirstOrDefault(n => n.Output.Count > 0 && n.Output[0] == irName && (n.Name.Length == 0 || graph.Node.Count(m => m.Name == n.Name) > 1));

    private static TensorProto? Initializer(GraphProto graph, string name) => graph.Initializer.FirstOrDefault(t => t.Name == name);

    private static void EnsureSingleUse(GraphProto graph, string name, Func<string, ModelLoadException> fail)
    {
        var uses = graph.Node.Sum(n => n.Input.Count(i => i == name)) + graph.Output.Count(o => o.Name == name);
        if (uses != 1) throw fail($"shares the initializer '{name}' with other nodes");
    }

    /// <summary>Replace an initializer, and the shape of the graph input of the same name (older files list initializers as inputs).</summary>
    private static void Replace(GraphProto graph, TensorProto old, TensorProto replacement)
    {
        graph.Initializer[graph.Initializer.IndexOf(old)] = replacement;
        foreach (var input in graph.Input.Where(i => i.Name == old.Name && i.Type?.TensorType?.Shape is not null))
        {
            var shape = input.Type.TensorType.Shape;
            shape.Dim.Clear();
            foreach (var d in replacement.Dims) shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = d });
        }
    }

    private static string UniqueName(GraphProto graph, string stem)
    {
        var names = new HashSet<string>(graph.Initializer.Select(t => t.Name).Concat(graph.Node.SelectMany(n => n.Output)).Concat(graph.Input.Select(i => i.Name)), StringComparer.Ordinal);
        var name = stem;
        for (var k = 1; names.Contains(name); k++) name = $"{stem}_{k}";
        return name;
    }

    private static TensorProto Tensor(string name, long[] dims, float[] values) => OnnxFloatTensor.Create(name, dims, values);
}
