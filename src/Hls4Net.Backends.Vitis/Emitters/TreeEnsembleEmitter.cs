using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Emits a tree ensemble as <c>nnet::tree_ensemble</c> (nnet_tree_ensemble.h): the plan's padded node arrays
/// (feature, threshold, mode, children), leaf scores, base values and per-column tree lists as weight arrays.
/// io_parallel only.
/// </summary>
public sealed class TreeEnsembleEmitter : LayerEmitter<TreeEnsembleOp>
{
    private readonly PlanCache _plans = new();

    /// <inheritdoc />
    public override LayerCode Emit(LayerEmitContext context, TreeEnsembleOp op)
    {
        var node = context.Node;
        var p = _plans.Get(node, TreeEnsemblePlan.Create);
        var configName = $"config{context.Index}";
        var id = context.Id;
        string thresholdType = $"{id}_threshold_t", scoreType = $"{id}_score_t", indexType = $"{id}_index_t", modeType = $"{id}_mode_t";
        var largest = Math.Max(Math.Max(p.NodesPerTree, p.Trees), p.Features);
        var index = FixedType.Int(BitsFor(largest) + 1);
        var mode = FixedType.Int(4);
        var config = context.Renderer.Render("layers/tree_ensemble_config.hbs", new
        {
            configName,
            description = Comment.Text($"{node.Name}: {op.Trees.Count} trees of depth up to {op.MaxDepth} over {op.FeatureCount} features, {op.Columns} columns (post-transform {op.PostTransform} is the next layer)"),
            nFeatures = p.Features,
            nColumns = p.Columns,
            nTrees = p.Trees,
            nNodes = p.NodesPerTree,
            depth = p.Depth,
            treesPerColumn = p.TreesPerColumn,
            thresholdType,
            scoreType,
            indexType,
            modeType,
        });
        var call = context.IsStream
            ? ElementwiseCall.Render(context, "tree_ensemble_stream", configName, $"{id}_feature", $"{id}_threshold", $"{id}_mode",
                $"{id}_true", $"{id}_false", $"{id}_value", $"{id}_base", $"{id}_column_trees")
            : context.Renderer.Render("layers/tree_ensemble_call.hbs", new
        {
            inputType = context.InputTypeNames[0],
            outputType = context.OutputTypeName,
            configName,
            inputVar = context.InputVars[0],
            outputVar = context.OutputVar,
            prefix = id,
        });
        static long[] L(int[] a) => Array.ConvertAll(a, v => (long)v);
        return new LayerCode
        {
            TypeDefinitions =
            [
                new TypeDefinition(thresholdType, p.ThresholdType),
                new TypeDefinition(scoreType, p.ScoreType),
                new TypeDefinition(indexType, index),
                new TypeDefinition(modeType, mode),
            ],
            Config = config,
            Call = call,
            Weights =
            [
                new WeightArray($"{id}_feature", indexType, index, L(p.Feature)),
                new WeightArray($"{id}_threshold", thresholdType, p.ThresholdType, p.ThresholdRaw),
                new WeightArray($"{id}_mode", modeType, mode, L(p.Mode)),
                new WeightArray($"{id}_true", indexType, index, L(p.TrueChild)),
                new WeightArray($"{id}_false", indexType, index, L(p.FalseChild)),
                new WeightArray($"{id}_value", scoreType, p.ScoreType, p.ValueRaw),
                new WeightArray($"{id}_base", scoreType, p.ScoreType, p.BaseRaw),
                new WeightArray($"{id}_column_trees", indexType, index, L(p.ColumnTrees)),
            ],
            Includes = [context.IsStream ? "nnet_tree_ensemble_stream.h" : "nnet_tree_ensemble.h"],
            SupportsStream = true,
        };
    }

    private static int BitsFor(int n)
    {
        var bits = 1;
        while ((1L << bits) <= n) bits++;
        return bits;
    }
}
