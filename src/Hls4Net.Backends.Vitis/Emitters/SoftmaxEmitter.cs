using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Emits a softmax over the last axis as nnet::softmax (Hls4Net's own, see docs/softmax.md), nnet::softmax_argmax, or
/// hls4ml's table softmaxes (<see cref="Hls4mlSoftmaxEmission"/>), one call per row.
/// </summary>
public sealed class SoftmaxEmitter : LayerEmitter<SoftmaxOp>
{
    private readonly PlanCache _plans = new();

    public override LayerCode Emit(LayerEmitContext context, SoftmaxOp op)
    {
        var node = context.Node;
        if (node.Op is SoftmaxOp { Argmax: true }) return EmitArgmax(context);
        var input = node.Inputs[0].Type ?? throw new GraphException($"node '{node.Name}': input type not assigned");
        if (op.Variant is SoftmaxVariant.Stable or SoftmaxVariant.Latency)
            return Hls4mlSoftmaxEmission.StableOrLatency(context, _plans.Get(node, input, Hls4mlSoftmaxPlan.Create));
        if (op.Variant is SoftmaxVariant.Legacy)
            return Hls4mlSoftmaxEmission.Legacy(context, _plans.Get(node, input, Hls4mlLegacySoftmaxPlan.Create));
        var plan = _plans.Get(node, input, SoftmaxPlan.Create);
        var configName = $"config{context.Index}";
        var expTypeName = $"{context.Id}_exp_table_t";
        var invTypeName = $"{context.Id}_inv_table_t";
        var accumTypeName = $"{context.Id}_accum_t";
        var tableName = $"{context.Id}_exp_table";
        var ix = plan.Indexer;
        int rows = node.Output.Shape.Size / plan.Length;
        var config = context.Renderer.Render("layers/softmax_config.hbs", new
        {
            configName,
            nIn = plan.Length,
            zeroMask = op.ZeroMasked,
            stream = context.IsStream,
            rows,
            range = 1 << plan.Log2Range,
            tableSize = ix.Size,
            indexWidth = ix.IndexWidth,
            indexMult = ix.Multiplier,
            indexPreShift = ix.PreShift,
            indexOffset = ix.OffsetBase,
            indexPostShift = ix.PostShift,
            invShift = plan.InvNumeratorShift,
            invFrac = plan.InvType.FracBits,
            expTypeName,
            invTypeName,
            accumTypeName,
        });
        var call = context.IsStream
            ? ElementwiseCall.Render(context, "softmax_stream", configName, tableName)
            : context.Renderer.Render("layers/softmax_call.hbs", new
        {
            multiRow = rows > 1,
            rows,
            nIn = plan.Length,
            inputType = context.InputTypeNames[0],
            outputType = context.OutputTypeName,
            configName,
            inputVar = context.InputVars[0],
            outputVar = context.OutputVar,
            tableName,
        });
        return new LayerCode
        {
            TypeDefinitions =
            [
                new TypeDefinition(expTypeName, plan.ExpType),
                new TypeDefinition(invTypeName, plan.InvType),
                new TypeDefinition(accumTypeName, plan.AccumType),
            ],
            Config = config,
            Call = call,
            Weights = [new WeightArray(tableName, expTypeName, plan.ExpType, plan.ExpRaw)],
            Includes = [context.IsStream ? "nnet_softmax_stream.h" : "nnet_softmax.h"],
            SupportsStream = true,
        };
    }

    /// <summary>hls4ml's argmax softmax (io_parallel only; the config pass refuses it for io_stream): no tables.</summary>
    private static LayerCode EmitArgmax(LayerEmitContext context)
    {
        var node = context.Node;
        if (context.IsStream) throw new GraphException($"node '{node.Name}': the argmax softmax has no io_stream kernel");
        var configName = $"config{context.Index}";
        int n = node.Output.Shape.Dims[^1];
        int rows = node.Output.Shape.Size / n;
        var config = context.Renderer.Render("layers/softmax_argmax_config.hbs", new { configName, nIn = n });
        var call = context.Renderer.Render("layers/softmax_argmax_call.hbs", new
        {
            multiRow = rows > 1,
            rows,
            nIn = n,
            inputType = context.InputTypeNames[0],
            outputType = context.OutputTypeName,
            configName,
            inputVar = context.InputVars[0],
            outputVar = context.OutputVar,
        });
        return new LayerCode
        {
            TypeDefinitions = [],
            Config = config,
            Call = call,
            Weights = [],
            Includes = ["nnet_softmax.h"],
            SupportsStream = false,
        };
    }
}
