using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Core.Passes;

/// <summary>
/// Folds MatMul (constant weight) followed by a bias add into one Dense layer, and turns a lone MatMul
/// into a Dense with zero bias. The MatMul's output must be read only by the bias add. A folded Dense records where its
/// bias came from (<see cref="RewriteNotes.BiasSource"/>), so that <see cref="SplitBiasPass"/> can make the Add a bias
/// layer again under hls4ml semantics.
/// </summary>
public sealed class FoldMatMulBiasPass : IGraphPass
{
    public string Name => "fold-matmul-bias";

    public void Run(Graph graph, PassContext context)
    {
        foreach (var node in graph.Nodes.ToList())
        {
            if (node.Op is not MatMulOp matMul) continue;
            var consumers = graph.Consumers(node.Output).ToList();
            var nOut = matMul.Weights.Shape[1];
            if (consumers.Count == 1 && consumers[0].Op is BiasAddOp add && !graph.IsOutput(node.Output))
            {
                node.Op = new DenseOp(matMul.Weights, add.Bias);
                node.Annotations.Set(RewriteNotes.BiasSource, new BiasSource(consumers[0].Name, consumers[0].Output.Name, node.Output.Name));
                node.Output.Name = consumers[0].Output.Name;
                graph.Bypass(consumers[0]);
                context.Log.Debug("folded {MatMul} and {Add} into Dense", node.Name, consumers[0].Name);
            }
            else
            {
                node.Op = new DenseOp(matMul.Weights, new ConstTensor(new Shape(nOut), new float[nOut]));
            }
        }
    }
}
