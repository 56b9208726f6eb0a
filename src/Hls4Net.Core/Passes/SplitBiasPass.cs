using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Core.Passes;

/// <summary>
/// Under hls4ml semantics, makes the bias of an ONNX MatMul + Add (folded into one Dense by
/// <see cref="FoldMatMulBiasPass"/>, which records <see cref="RewriteNotes.BiasSource"/>) a bias layer of its own again,
/// unless the Dense's result type is <c>auto</c> (<see cref="FusionRule"/>): the Dense keeps the weights with a zero bias
/// and its output (named as the MatMul's output was) is stored into its result type; then a <see cref="BiasAddOp"/> layer
/// named as the Add adds the bias (in its own bias type) and stores the exact sum into its result type. The Keras path (a
/// Dense with <c>use_bias</c>) carries no <see cref="RewriteNotes.BiasSource"/> and keeps its bias inside the Dense, as in
/// hls4ml. The choice is recorded (<see cref="GraphRule.BiasFolded"/> on the Dense, <see cref="GraphRule.BiasLayer"/> on
/// the bias layer).
/// </summary>
public sealed class SplitBiasPass : IGraphPass
{
    public string Name => "split-bias";

    public void Run(Graph graph, PassContext context)
    {
        foreach (var node in graph.Nodes.ToList())
        {
            if (node.Op is not DenseOp dense || !node.Annotations.TryGet(RewriteNotes.BiasSource, out var source)) continue;
            if (FusionRule.KeptApartBy(node, context) is not { } reason)
            {
                RewriteNotes.Record(node, new RuleDecision(GraphRule.BiasFolded, source.AddNode));
                continue;
            }
            var input = node.Inputs[0];
            var between = new Value(source.MatMulOutput, node.Output.Shape);
            // Built with the bias layer's name and op, then exchanged: 'denseNode' ends up with the Dense's name, config
            // and annotations reading the input, and 'node' (which keeps the output value and its readers) becomes the bias layer.
            var denseNode = graph.InsertBefore(node, new Node(source.AddNode, new BiasAddOp(dense.Bias), [input], between));
            node.ExchangeLayer(denseNode);
            denseNode.Op = new DenseOp(dense.Weights, new ConstTensor(dense.Bias.Shape, new float[dense.OutputSize]));
            node.ReplaceInput(input, between);
            RewriteNotes.Record(node, new RuleDecision(GraphRule.BiasLayer, denseNode.Name, reason));
            context.Log.Debug("split {Add} from {Dense} as a bias layer: the Dense's result type is set by {Source}", node.Name, denseNode.Name, reason);
        }
    }
}
