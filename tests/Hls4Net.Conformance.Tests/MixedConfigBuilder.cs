using System.Text;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;

namespace Hls4Net.Conformance.Tests;

/// <summary>
/// Writes an hls4ml-style per-layer YAML for a graph: mixed precisions (rounding/saturating and wrapping types,
/// wide and narrow accumulators) and the Resource strategy with the smallest valid reuse factor above 1 per Dense.
/// </summary>
internal sealed class MixedConfigBuilder
{
    private static readonly string[] Results = ["ap_fixed<14,6,AP_RND,AP_SAT>", "ap_fixed<18,8>", "ap_fixed<12,5,AP_RND_CONV,AP_SAT>"];
    private static readonly string[] Weights = ["ap_fixed<10,3,AP_RND_CONV>", "ap_fixed<8,2,AP_RND,AP_SAT>", "ap_fixed<12,4>"];
    private static readonly string[] Accums = ["ap_fixed<24,10>", "ap_fixed<20,8,AP_RND,AP_SAT>", "ap_fixed<22,9,AP_TRN,AP_SAT>"];

    public string Build(Graph graph)
    {
        var sb = new StringBuilder();
        sb.Append("Backend: Vitis\nPart: xcvu9p-flgb2104-2-e\nClockPeriod: 5\nIOType: io_parallel\nHLSConfig:\n");
        sb.Append("  Model:\n    Precision: ap_fixed<16,6>\n    ReuseFactor: 1\n    Strategy: Resource\n");
        sb.Append("  LayerType:\n    Activation:\n      Precision:\n        result: ap_fixed<15,7,AP_RND,AP_SAT>\n");
        sb.Append("  LayerName:\n");
        sb.Append($"    {graph.Inputs[0].Name}:\n      Precision:\n        result: ap_fixed<14,5,AP_RND,AP_SAT>\n");
        var i = 0;
        foreach (var node in graph.Nodes.Where(n => n.Op is DenseOp))
        {
            var dense = (DenseOp)node.Op;
            var rf = new ReuseFactorRule().ValidValues(dense.InputSize, dense.OutputSize).First(v => v > 1);
            sb.Append($"    {Quote(node.Name)}:\n      ReuseFactor: {rf}\n      Precision:\n");
            sb.Append($"        result: {Results[i % 3]}\n        weight: {Weights[i % 3]}\n        bias: ap_fixed<12,4>\n        accum: {Accums[i % 3]}\n");
            i++;
        }
        return sb.ToString();
    }

    private static string Quote(string name) => name.Any(c => !char.IsLetterOrDigit(c) && c != '_') ? $"'{name}'" : name;
}
