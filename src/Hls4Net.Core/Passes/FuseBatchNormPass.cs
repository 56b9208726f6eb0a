using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Core.Passes;

/// <summary>
/// Fuses a BatchNormalization into the Dense layer that feeds it: W'[i,j] = W[i,j]·scale[j],
/// b'[j] = b[j]·scale[j] + shift[j]; under hls4ml semantics also into a Conv1D/Conv2D (<see cref="ConvBatchNormFusion"/>),
/// with the same rule. A batch norm whose input is not a Dense read only by it, or whose Dense has
/// weights quantized by the model (an <see cref="ImportHints.WeightType"/> hint), stays standalone. Under hls4ml
/// semantics it also stays standalone when the Dense's result type is set explicitly (<see cref="FusionRule"/>): the
/// Dense's output is stored into its result type, then the batch norm scales and shifts it with its own types. The
/// choice is recorded (<see cref="GraphRule.BatchNormFused"/> on the Dense or convolution, <see cref="GraphRule.BatchNormKept"/> on the
/// batch norm). It reads the configuration, so it runs in the configuration stage.
/// </summary>
public sealed class FuseBatchNormPass : IGraphPass
{
    public string Name => "fuse-batchnorm";

    public void Run(Graph graph, PassContext context)
    {
        foreach (var bn in graph.Nodes.Where(n => n.Op is BatchNormOp).ToList())
        {
            var producer = bn.Inputs[0].Producer;
            if (producer is not null && SplitBias(producer) is { } split)
            {
                // After a bias layer split off its Dense (SplitBiasPass), for the same reason.
                RewriteNotes.Record(bn, new RuleDecision(GraphRule.BatchNormKept, producer.Name, split.ExplicitResult));
                continue;
            }
            var conv = producer is not null && ConvBatchNormFusion.Handles(producer.Op);
            if (producer is null || (producer.Op is not DenseOp && !conv)) continue;
            if (graph.Consumers(producer.Output).Count() != 1 || graph.IsOutput(producer.Output)) continue;
            if (producer.Op is DenseOp && producer.Output.Shape.Rank != 1) continue;
            // Weights quantized by the model itself (binary, ternary, QKeras) must keep their exact values.
            if (producer.Annotations.TryGet(ImportHints.WeightType, out _)) continue;
            // An output the model quantizes (an ONNX quantizer's result type) is stored before the batch norm reads it.
            if (producer.Annotations.TryGet(ImportHints.Quantizer, out var q) && q.Result is not null) continue;
            // A scale layer that is part of an ONNX quantizer (its types come from the model) stays a layer.
            if (bn.Annotations.TryGet(ImportHints.Quantizer, out _)) continue;
            // A convolution folds a batch norm only under hls4ml semantics (exact semantics never did).
            if (conv && FusionRule.SemanticsOf(producer, context) == ArithmeticSemantics.Exact) continue;
            if (FusionRule.KeptApartBy(producer, context) is { } source)
            {
                RewriteNotes.Record(bn, new RuleDecision(GraphRule.BatchNormKept, producer.Name, source));
                context.Log.Debug("kept {BatchNorm} after {Layer}: its result type is set by {Source}", bn.Name, producer.Name, source);
                continue;
            }
            var norm = (BatchNormOp)bn.Op;
            producer.Op = producer.Op is DenseOp dense ? Fuse(dense, norm) : ConvBatchNormFusion.Fuse(producer.Op, norm);
            producer.Output.Name = bn.Output.Name;
            graph.Bypass(bn);
            RewriteNotes.Record(producer, new RuleDecision(GraphRule.BatchNormFused, bn.Name));
            context.Log.Debug("fused {BatchNorm} into {Dense}", bn.Name, producer.Name);
        }
    }

    private static RuleDecision? SplitBias(Node node) =>
        node.Op is BiasAddOp ? RewriteNotes.DecisionsOf(node).FirstOrDefault(d => d.Rule == GraphRule.BiasLayer) : null;

    private static DenseOp Fuse(DenseOp dense, BatchNormOp norm)
    {
        int nIn = dense.InputSize, nOut = dense.OutputSize;
        var w = new float[nIn * nOut];
        var b = new float[nOut];
        for (var j = 0; j < nOut; j++)
        {
            double scale = norm.Scale.Data[j];
            for (var i = 0; i < nIn; i++) w[i * nOut + j] = (float)(dense.Weights.Data[i * nOut + j] * scale);
            b[j] = (float)(dense.Bias.Data[j] * scale + norm.Shift.Data[j]);
        }
        return new DenseOp(new ConstTensor(dense.Weights.Shape, w), new ConstTensor(dense.Bias.Shape, b));
    }
}
