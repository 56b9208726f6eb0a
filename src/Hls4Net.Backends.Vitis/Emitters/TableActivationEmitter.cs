using System.Globalization;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Emits table activations (ActivationOp with <see cref="ActivationOp.UsesTable"/>) as a call to
/// nnet::activation_table with the table computed by <see cref="ActivationTableBuilder"/>.
/// </summary>
public sealed class TableActivationEmitter : ILayerEmitter
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(ActivationOp);

    /// <summary>True when this emitter handles <paramref name="op"/>.</summary>
    public static bool Supports(Op op) => op is ActivationOp { UsesTable: true };

    public LayerCode Emit(LayerEmitContext context)
    {
        var node = context.Node;
        var input = node.Inputs[0].Type ?? throw new GraphException($"node '{node.Name}': input type not assigned");
        var table = _plans.Get(node, input, ActivationTableBuilder.Build);
        var configName = $"config{context.Index}";
        var tableTypeName = $"{context.Id}_table_t";
        var tableName = $"{context.Id}_table";
        var ix = table.Indexer;
        var scaleType = table.ScaleType ?? ActivationTableBuilder.PlaceholderScaleType;
        var config = context.Renderer.Render("layers/table_activation_config.hbs", new
        {
            configName,
            function = table.Function.Kind.ToString(),
            lo = table.Function.Lo.ToString("R", CultureInfo.InvariantCulture),
            hi = table.Function.Hi.ToString("R", CultureInfo.InvariantCulture),
            nIn = node.Output.Shape.Size,
            tableSize = ix.Size,
            tail = (int)table.Function.Tail,
            indexWidth = ix.IndexWidth,
            indexMult = ix.Multiplier,
            indexPreShift = ix.PreShift,
            indexOffset = ix.OffsetBase,
            indexPostShift = ix.PostShift,
            tableTypeName,
            scaleType = scaleType.ToString(),
            scaleRaw = table.ScaleRaw,
            scaleFrac = scaleType.FracBits,
        });
        var call = context.IsStream
            ? ElementwiseCall.Render(context, "activation_table_stream", configName, tableName)
            : context.Renderer.Render("layers/table_activation_call.hbs", new
        {
            inputType = context.InputTypeNames[0],
            outputType = context.OutputTypeName,
            configName,
            inputVar = context.InputVars[0],
            outputVar = context.OutputVar,
            tableName,
        });
        return new LayerCode
        {
            TypeDefinitions = [new TypeDefinition(tableTypeName, table.TableType)],
            Config = config,
            Call = call,
            Weights = [new WeightArray(tableName, tableTypeName, table.TableType, table.Raw)],
            Includes = [context.IsStream ? "nnet_activation_stream.h" : "nnet_activation_table.h"],
            SupportsStream = true,
        };
    }
}
