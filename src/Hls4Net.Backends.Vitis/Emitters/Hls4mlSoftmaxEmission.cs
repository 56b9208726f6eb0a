using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// The code of hls4ml's table softmaxes (hls4ml semantics): nnet::softmax_stable / softmax_latency / softmax_legacy
/// (nnet_softmax_hls4ml.h, io_stream: nnet_softmax_hls4ml_stream.h) with both tables as constant arrays, one call per
/// row in io_parallel. Used by <see cref="SoftmaxEmitter"/>.
/// </summary>
internal static class Hls4mlSoftmaxEmission
{
    /// <summary>Stable or latency.</summary>
    public static LayerCode StableOrLatency(LayerEmitContext context, Hls4mlSoftmaxPlan plan)
    {
        var node = context.Node;
        var configName = $"config{context.Index}";
        var id = context.Id;
        var names = new
        {
            Exp = $"{id}_exp_table_t", Inv = $"{id}_inv_table_t", Accum = $"{id}_accum_t", InvInp = $"{id}_inv_inp_t",
            InpNorm = plan.InpNormType is null ? null : $"{id}_inp_norm_t",
        };
        var variant = plan.Variant == SoftmaxVariant.Stable ? "stable" : "latency";
        int rows = node.Output.Shape.Size / plan.Length;
        var config = context.Renderer.Render("layers/softmax_hls4ml_config.hbs", new
        {
            configName,
            variant,
            nIn = plan.Length,
            zeroMask = node.Op is SoftmaxOp { ZeroMasked: true },
            stream = context.IsStream,
            rows,
            expIndex = plan.InpNormType is null ? "x" : "max - x in inp_norm_t",
            expSize = plan.ExpSize,
            invSize = plan.InvSize,
            expBits = plan.ExpBits,
            invBits = plan.InvBits,
            expTypeName = names.Exp,
            invTypeName = names.Inv,
            accumTypeName = names.Accum,
            invInpTypeName = names.InvInp,
            inpNormTypeName = names.InpNorm ?? "",
        });
        var types = new List<TypeDefinition>
        {
            new(names.Exp, plan.ExpType), new(names.Inv, plan.InvType), new(names.Accum, plan.AccumType), new(names.InvInp, plan.InvInpType),
        };
        if (plan.InpNormType is { } norm) types.Add(new TypeDefinition(names.InpNorm!, norm));
        var expTable = $"{id}_exp_table";
        var invTable = $"{id}_inv_table";
        return new LayerCode
        {
            TypeDefinitions = types,
            Config = config,
            Call = Call(context, $"softmax_{variant}", configName, rows, plan.Length, expTable, invTable),
            Weights =
            [
                new WeightArray(expTable, names.Exp, plan.ExpType, plan.ExpRaw),
                new WeightArray(invTable, names.Inv, plan.InvType, plan.InvRaw),
            ],
            Includes = [context.IsStream ? "nnet_softmax_hls4ml_stream.h" : "nnet_softmax_hls4ml.h"],
            SupportsStream = true,
        };
    }

    /// <summary>Legacy.</summary>
    public static LayerCode Legacy(LayerEmitContext context, Hls4mlLegacySoftmaxPlan plan)
    {
        var node = context.Node;
        var configName = $"config{context.Index}";
        var id = context.Id;
        var tableTypeName = $"{id}_table_t";
        int rows = node.Output.Shape.Size / plan.Length;
        var config = context.Renderer.Render("layers/softmax_legacy_config.hbs", new
        {
            configName,
            nIn = plan.Length,
            stream = context.IsStream,
            rows,
            tableSize = plan.Size,
            expWidth = plan.ExpIndex.ProductWidth,
            expMult = plan.ExpIndex.Multiplier,
            expShift = plan.ExpIndex.Shift,
            expOffset = plan.ExpIndex.Offset,
            invWidth = plan.InvIndex.ProductWidth,
            invMult = plan.InvIndex.Multiplier,
            invShift = plan.InvIndex.Shift,
            invOffset = plan.InvIndex.Offset,
            tableTypeName,
        });
        var expTable = $"{id}_exp_table";
        var invTable = $"{id}_inv_table";
        return new LayerCode
        {
            TypeDefinitions = [new TypeDefinition(tableTypeName, plan.TableType)],
            Config = config,
            Call = Call(context, "softmax_legacy", configName, rows, plan.Length, expTable, invTable),
            Weights =
            [
                new WeightArray(expTable, tableTypeName, plan.TableType, plan.ExpRaw),
                new WeightArray(invTable, tableTypeName, plan.TableType, plan.InvRaw),
            ],
            Includes = [context.IsStream ? "nnet_softmax_hls4ml_stream.h" : "nnet_softmax_hls4ml.h"],
            SupportsStream = true,
        };
    }

    private static string Call(LayerEmitContext context, string function, string configName, int rows, int n, string expTable, string invTable) =>
        context.IsStream
            ? ElementwiseCall.Render(context, function + "_stream", configName, expTable, invTable)
            : context.Renderer.Render("layers/softmax_hls4ml_call.hbs", new
            {
                function,
                multiRow = rows > 1,
                rows,
                nIn = n,
                inputType = context.InputTypeNames[0],
                outputType = context.OutputTypeName,
                configName,
                inputVar = context.InputVars[0],
                outputVar = context.OutputVar,
                expTable,
                invTable,
            });
}
