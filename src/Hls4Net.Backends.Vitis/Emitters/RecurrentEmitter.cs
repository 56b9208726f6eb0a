using System.Globalization;
using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Emits SimpleRNN, LSTM and GRU as nnet::recurrent (nnet_recurrent.h, io_parallel): the constants are the raw codes
/// the emulator uses (<see cref="RecurrentPlan"/>), and each of the three activations (candidate, gates, LSTM's cell
/// output) gets its config and table (a one-entry placeholder for linear and relu).
/// </summary>
public sealed class RecurrentEmitter<TOp> : LayerEmitter<TOp>
    where TOp : RecurrentOp
{
    private readonly PlanCache _plans = new();

    public override LayerCode Emit(LayerEmitContext context, TOp op)
    {
        var node = context.Node;
        if (context.IsStream) throw new GraphException($"node '{node.Name}' ({op.Kind}): recurrent layers are supported in io_parallel only");
        var p = _plans.Get(node, RecurrentPlan.Create);
        var reuse = node.Hardware.ReuseFactor;
        if (reuse < 1) throw new GraphException($"node '{node.Name}': reuse factor must be at least 1, got {reuse}");
        var configName = $"config{context.Index}";
        var id = context.Id;
        var types = new List<TypeDefinition>
        {
            new($"{id}_weight_t", p.Weight),
            new($"{id}_recurrent_weight_t", p.RecurrentWeight),
            new($"{id}_bias_t", p.Bias),
            new($"{id}_recurrent_bias_t", p.RecurrentBias),
            new($"{id}_accum_t", p.Accum),
        };
        var weights = new List<WeightArray>
        {
            new($"{id}_w", $"{id}_weight_t", p.Weight, p.WeightRaw),
            new($"{id}_wr", $"{id}_recurrent_weight_t", p.RecurrentWeight, p.RecurrentWeightRaw),
            new($"{id}_b", $"{id}_bias_t", p.Bias, p.BiasRaw),
            new($"{id}_br", $"{id}_recurrent_bias_t", p.RecurrentBias, p.RecurrentBiasRaw),
        };
        var actConfigs = string.Concat(
            Activation(context, $"{configName}_act", "act", p.Activation, op.Units, types, weights),
            Activation(context, $"{configName}_rec_act", "rec_act", p.RecurrentActivationOfGates, op.Units, types, weights),
            Activation(context, $"{configName}_cell_act", "cell_act", p.CellActivation ?? p.Activation, op.Units, types, weights));
        var config = context.Renderer.Render("layers/recurrent_config.hbs", new
        {
            actConfigs,
            configName,
            description = Comment.Text($"{node.Name}: {op.Describe()}"),
            nSeq = node.Inputs[0].Shape[0],
            nIn = op.InputSize,
            nState = op.Units,
            nGates = op.Gates,
            cell = op switch { LstmOp => 1, GruOp => 2, _ => 0 },
            resetAfter = op is GruOp { ResetAfter: true } ? "true" : "false",
            direction = (int)op.Direction,
            returnSequences = op.ReturnSequences ? "true" : "false",
            useStatic = UsesStatic(context) ? "true" : "false",
            reuseFactor = reuse,
            weightType = $"{id}_weight_t",
            recurrentWeightType = $"{id}_recurrent_weight_t",
            biasType = $"{id}_bias_t",
            recurrentBiasType = $"{id}_recurrent_bias_t",
            accumType = $"{id}_accum_t",
        });
        var call = context.Renderer.Render("layers/recurrent_call.hbs", new
        {
            inputType = context.InputTypeNames[0],
            outputType = context.OutputTypeName,
            configName,
            inputVar = context.InputVars[0],
            outputVar = context.OutputVar,
            weightsVar = $"{id}_w",
            recurrentWeightsVar = $"{id}_wr",
            biasVar = $"{id}_b",
            recurrentBiasVar = $"{id}_br",
            actTable = $"{id}_act_table",
            recTable = $"{id}_rec_act_table",
            cellTable = $"{id}_cell_act_table",
        });
        return new LayerCode
        {
            TypeDefinitions = types,
            Config = config,
            Call = call,
            Weights = weights,
            Includes = ["nnet_recurrent.h"],
        };
    }

    /// <summary>hls4ml's <c>static</c> key for the layer (LayerName, LayerType, then Model), true when unset as in hls4ml.</summary>
    private static bool UsesStatic(LayerEmitContext context)
    {
        var resolver = new LayerConfigResolver(context.Config.Hls);
        var sections = resolver.SpecificSections(context.Node.Name, LayerTypeNames.KeysFor(context.Node));
        return resolver.FindValue(sections, s => s.Static)?.Value ?? true;
    }

    private static string Activation(LayerEmitContext context, string configName, string role, RecurrentActivation act, int n,
        List<TypeDefinition> types, List<WeightArray> weights)
    {
        var tableTypeName = $"{context.Id}_{role}_table_t";
        var tableName = $"{context.Id}_{role}_table";
        var table = act.Table;
        var tableType = table?.TableType ?? new Core.Numerics.FixedType(8, 1, true);
        types.Add(new TypeDefinition(tableTypeName, tableType));
        weights.Add(new WeightArray(tableName, tableTypeName, tableType, table?.Raw ?? [0]));
        var ix = table?.Indexer;
        var scaleType = table?.ScaleType ?? Lowering.Tables.ActivationTableBuilder.PlaceholderScaleType;
        return context.Renderer.Render("layers/recurrent_act_config.hbs", new
        {
            configName,
            description = Comment.Text($"{role}: {act.Kind.ToString().ToLowerInvariant()} on {act.Input}"
                + (table is null ? "" : $", table over [{table.Function.Lo.ToString("R", CultureInfo.InvariantCulture)}, {table.Function.Hi.ToString("R", CultureInfo.InvariantCulture)})")),
            kind = act.CppKind,
            nIn = n,
            tableSize = ix?.Size ?? 1,
            tail = table is null ? 0 : (int)table.Function.Tail,
            indexWidth = ix?.IndexWidth ?? 8,
            indexMult = ix?.Multiplier ?? 0,
            indexPreShift = ix?.PreShift ?? 0,
            indexOffset = ix?.OffsetBase ?? 0,
            indexPostShift = ix?.PostShift ?? 0,
            tableTypeName,
            scaleType = scaleType.ToString(),
            scaleRaw = table?.ScaleRaw ?? 0,
            scaleFrac = scaleType.FracBits,
        });
    }
}
