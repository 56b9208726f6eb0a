using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits LayerNormalization as nnet::layernorm (nnet_layernorm.h) with the emulator's raw constants and table (io_parallel).</summary>
public sealed class LayerNormEmitter : LayerEmitter<LayerNormOp>
{
    private readonly PlanCache _plans = new();

    public override LayerCode Emit(LayerEmitContext context, LayerNormOp op)
    {
        var node = context.Node;
        var p = _plans.Get(node, RequiredTypes.Input(node), LayerNormPlan.Create);
        var configName = context.ConfigName;
        var accumType = context.Named("accum_t");
        var tableType = context.Named("table_t");
        var gammaType = context.Named("scale_t");
        var betaType = context.Named("bias_t");
        var tableVar = context.Named("invsqrt_table");
        var gammaVar = context.Named("scale");
        var betaVar = context.Named("bias");
        var config = context.Renderer.Render("layers/layernorm_config.hbs", new
        {
            configName,
            description = Comment.Text($"{node.Name}: LayerNormalization over {p.Length} values, eps {op.Epsilon:G6}"),
            nIn = p.Length,
            rows = node.Output.Shape.Size / p.Length,
            mantissaBits = p.MantissaBits,
            accumWidth = p.Accum.Width,
            accumFrac = p.Accum.FracBits,
            hMax = p.HMax,
            wideWidth = p.WideWidth,
            wideFrac = p.WideFrac,
            nInvRaw = p.InvNRaw,
            epsRaw = p.EpsRaw,
            accumType,
            tableType,
            gammaType,
            betaType,
        });
        return new LayerCode
        {
            TypeDefinitions =
            [
                new TypeDefinition(accumType, p.Accum), new TypeDefinition(tableType, p.Table),
                new TypeDefinition(gammaType, p.Gamma), new TypeDefinition(betaType, p.Beta),
            ],
            Config = config,
            Call = ElementwiseCall.Render(context, "layernorm", configName, tableVar, gammaVar, betaVar),
            Weights =
            [
                new WeightArray(tableVar, tableType, p.Table, p.TableRaw),
                new WeightArray(gammaVar, gammaType, p.Gamma, p.GammaRaw),
                new WeightArray(betaVar, betaType, p.Beta, p.BetaRaw),
            ],
            Includes = ["nnet_layernorm.h"],
            SupportsStream = false,
        };
    }
}
