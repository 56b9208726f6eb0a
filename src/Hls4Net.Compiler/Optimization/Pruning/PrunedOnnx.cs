using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends.Onnx;

namespace Hls4Net.Optimization;

/// <summary>Writes a pruned model as ONNX: the original file with the changed Dense and convolution layers' initializers replaced (<see cref="OnnxPrunedModelWriter"/>).</summary>
public static class PrunedOnnx
{
    /// <summary>The Dense layers of <paramref name="pruned"/> whose weights or bias differ from <paramref name="original"/>'s.</summary>
    public static IReadOnlyList<OnnxDenseRewrite> Rewrites(HlsModel original, HlsModel pruned)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(pruned);
        var after = pruned.CopyGraph();
        var rewrites = new List<OnnxDenseRewrite>();
        foreach (var node in original.CopyGraph().Nodes.Where(n => n.Op is DenseOp))
        {
            var o = (DenseOp)node.Op;
            var p = after.FindNode(node.Name)?.Op as DenseOp ?? throw new InvalidOperationException($"the pruned model has no Dense layer '{node.Name}'");
            if (o.Weights.Data.AsSpan().SequenceEqual(p.Weights.Data) && o.Bias.Data.AsSpan().SequenceEqual(p.Bias.Data)) continue;
            rewrites.Add(new OnnxDenseRewrite(node.Name, o.InputSize, o.OutputSize, o.Weights.Data, o.Bias.Data, p.InputSize, p.OutputSize, p.Weights.Data, p.Bias.Data));
        }
        return rewrites;
    }

    /// <summary>The Conv1D and Conv2D layers of <paramref name="pruned"/> whose weights or bias differ from <paramref name="original"/>'s (zeros, removed filters or input channels).</summary>
    public static IReadOnlyList<OnnxConvRewrite> ConvRewrites(HlsModel original, HlsModel pruned)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(pruned);
        var after = pruned.CopyGraph();
        var rewrites = new List<OnnxConvRewrite>();
        foreach (var node in original.CopyGraph().Nodes.Where(n => n.Op is Conv1DOp or Conv2DOp))
        {
            var p = after.FindNode(node.Name)?.Op ?? throw new InvalidOperationException($"the pruned model has no layer '{node.Name}'");
            var o = PrunableWeights.Of(node.Op).Data;
            var n = PrunableWeights.Of(p).Data;
            var ob = ((IWeightedOp)node.Op).Bias.Data;
            var nb = ((IWeightedOp)p).Bias.Data;
            if (o.AsSpan().SequenceEqual(n) && ob.AsSpan().SequenceEqual(nb)) continue;
            var (kh, kw, cin, cout, newIn, newOut) = (node.Op, p) switch
            {
                (Conv1DOp c, Conv1DOp q) => (1, c.KernelSize, c.InChannels, c.OutChannels, q.InChannels, q.OutChannels),
                (Conv2DOp c, Conv2DOp q) => (c.KernelH, c.KernelW, c.InChannels, c.OutChannels, q.InChannels, q.OutChannels),
                _ => throw new InvalidOperationException($"layer '{node.Name}' changed its kind"),
            };
            rewrites.Add(new OnnxConvRewrite(node.Name, kh, kw, cin, cout, o, ob, newIn, newOut, n, nb));
        }
        return rewrites;
    }

    /// <summary>
    /// Fails now, with the error <see cref="Write"/> would give after the search, when a Keras original holds layers the
    /// ONNX exporter cannot write (pruning changes layer sizes, never their kinds). An .onnx original always writes.
    /// </summary>
    public static void EnsureWritable(HlsModel original)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (!original.ModelPath.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase)) new OnnxGraphExporter().Export(original.CopyGraph());
    }

    /// <summary>
    /// Write <paramref name="pruned"/> as ONNX to <paramref name="outputPath"/>: for an .onnx original, its file with the
    /// changed initializers replaced; for a Keras original (JSON + H5), the pruned graph written as a new ONNX model
    /// (<see cref="OnnxGraphExporter"/>: Dense layers and element-wise activations only).
    /// </summary>
    public static void Write(HlsModel original, HlsModel pruned, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(pruned);
        ArgumentNullException.ThrowIfNull(outputPath);
        if (!original.ModelPath.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase))
        {
            new OnnxGraphExporter().Write(pruned.CopyGraph(), outputPath);
            return;
        }
        new OnnxPrunedModelWriter().Write(original.ModelPath, outputPath, Rewrites(original, pruned), ConvRewrites(original, pruned));
    }
}
