using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Reference;
using Serilog;

namespace Hls4Net.Verification;

/// <summary>
/// ONNX Runtime (CPU, float32, one thread) on the original .onnx file. Graph outputs are matched by name (else by
/// position); traced layers are matched by their output Value name, which the ONNX importer keeps from the model.
/// </summary>
public sealed class OnnxFloatReference : IFloatReference
{
    private readonly string _modelPath;
    private readonly Graph _graph;
    private readonly OnnxRuntimeLocator _locator;
    private string _version = "?";

    /// <summary>Reference for <paramref name="modelPath"/>; without a locator a new default one reads HLS4NET_ONNXRUNTIME now.</summary>
    public OnnxFloatReference(string modelPath, Graph graph, OnnxRuntimeLocator? locator = null, ILogger? log = null)
    {
        _modelPath = modelPath;
        _graph = graph;
        _locator = locator ?? new OnnxRuntimeLocator(log: log);
    }

    public string Description => $"ONNX Runtime {_version} (float32)";

    public FloatRun Run(SampleSet samples, IReadOnlyList<Node> traceNodes)
    {
        var model = OnnxBatchDimension.MakeDynamic(File.ReadAllBytes(_modelPath));
        var skipped = new Dictionary<Node, string>(ReferenceEqualityComparer.Instance);
        var traced = SelectTraceable(model, traceNodes, skipped);
        if (traced.Count > 0) model = OnnxModelOutputs.Expose(model, traced.Select(n => n.Output.Name));
        // A graph output the importer took from inside the model (a tree classifier's probabilities before a dropped ZipMap).
        var inner = _graph.Outputs.Select(o => o.Name).Intersect(OnnxModelOutputs.NodeOutputNames(model), StringComparer.Ordinal).ToList();
        if (inner.Count > 0) model = OnnxModelOutputs.Expose(model, inner);
        using var session = OnnxRuntimeSession.Open(model, _locator, new OnnxRuntimeSessionOptions { IntraOpThreads = 1, OptimizeGraph = !HasQdq(_graph) });
        try
        {
            return Run(session, samples, traced, skipped);
        }
        catch (OnnxRuntimeException e)
        {
            throw new VerifyException($"{e.Message} (ONNX Runtime cannot run '{Path.GetFileName(_modelPath)}'; --float-reference emulator compares with the emulator's float mode instead)");
        }
    }

    /// <summary>
    /// True for a model with QuantizeLinear/DequantizeLinear pairs: ONNX Runtime's graph optimizer replaces them and the
    /// layers between them by integer kernels (QGemm, QLinearConv) that requantize differently (docs/quantized-onnx.md),
    /// so such a model runs unoptimized, operator by operator as written.
    /// </summary>
    private static bool HasQdq(Graph graph) => graph.Nodes.Any(n => n.Annotations.TryGet(ImportHints.Quantizer, out var q) && q.Dialect == "QDQ");

    private FloatRun Run(OnnxRuntimeSession session, SampleSet samples, List<Node> traced, Dictionary<Node, string> skipped)
    {
        _version = session.RuntimeVersion;
        var outputNames = OutputNames(session);
        var (inputName, shape) = InputShape(session, samples.Count);
        var data = Array.ConvertAll(samples.Flatten(), v => (float)v);
        var names = outputNames.Concat(traced.Select(n => n.Output.Name)).Distinct(StringComparer.Ordinal).ToArray();
        var result = session.Run(inputName, data, shape, names);
        var outputs = _graph.Outputs.Select((o, k) => Doubles(result[outputNames[k]], samples.Count, o, outputNames[k])).ToList();
        var layers = new Dictionary<Node, double[]>(ReferenceEqualityComparer.Instance);
        foreach (var node in traced)
        {
            var values = result[node.Output.Name];
            if (values.Length == (long)samples.Count * node.Output.Shape.Size) layers[node] = Array.ConvertAll(values, v => (double)v);
            else skipped[node] = $"ONNX tensor '{node.Output.Name}' has {values.Length / Math.Max(samples.Count, 1)} values per sample, the layer {node.Output.Shape.Size}";
        }
        return new FloatRun(outputs, layers, skipped);
    }

    private List<Node> SelectTraceable(byte[] model, IReadOnlyList<Node> nodes, Dictionary<Node, string> skipped)
    {
        if (nodes.Count == 0) return [];
        var available = OnnxModelOutputs.NodeOutputNames(model).ToHashSet(StringComparer.Ordinal);
        var traced = new List<Node>();
        foreach (var node in nodes)
        {
            if (!available.Contains(node.Output.Name)) skipped[node] = $"no float counterpart: the ONNX model has no tensor named '{node.Output.Name}' (layer made by an optimizer pass)";
            else if (node.Output.Shape.Rank != 1) skipped[node] = $"output shape {node.Output.Shape} is not rank 1 (ONNX Runtime tensors may be channels-first; not traced yet)";
            else traced.Add(node);
        }
        return traced;
    }

    /// <summary>ONNX output names in graph-output order: by name when all match, else by position.</summary>
    private string[] OutputNames(OnnxRuntimeSession session)
    {
        var ort = session.OutputNames;
        if (_graph.Outputs.All(o => ort.Contains(o.Name))) return _graph.Outputs.Select(o => o.Name).ToArray();
        if (ort.Count == _graph.Outputs.Count) return ort.ToArray();
        throw new VerifyException($"'{Path.GetFileName(_modelPath)}': ONNX Runtime reports {ort.Count} outputs ({string.Join(", ", ort)}), the compiled model {_graph.Outputs.Count}");
    }

    private (string Name, int[] Shape) InputShape(OnnxRuntimeSession session, int batch)
    {
        if (session.Inputs.Count != 1) throw new VerifyException($"'{Path.GetFileName(_modelPath)}' has {session.Inputs.Count} inputs; verify feeds single-input models only");
        var info = session.Inputs[0];
        var ir = _graph.Inputs[0].Shape;
        var dims = info.Shape.Skip(1).Select(d => (int)d).ToArray();
        if (dims.Length == ir.Rank) dims = dims.Select((d, i) => d > 0 ? d : ir[i]).ToArray();
        var size = dims.Aggregate(1L, (a, d) => a * d);
        if (info.Shape.Count == 0 || dims.Any(d => d <= 0) || size != ir.Size)
        {
            throw new VerifyException($"ONNX input '{info.Name}' has shape [{string.Join(", ", info.Shape)}], which does not hold the {ir.Size} values per sample of the compiled input ({ir})");
        }
        return (info.Name, [batch, .. dims]);
    }

    private static double[] Doubles(float[] values, int batch, Value output, string name)
    {
        if (values.Length != (long)batch * output.Shape.Size)
        {
            throw new VerifyException($"ONNX output '{name}' has {values.Length} values for {batch} samples; the compiled output '{output.Name}' has {output.Shape.Size} per sample");
        }
        return Array.ConvertAll(values, v => (double)v);
    }
}
