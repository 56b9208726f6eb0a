using Hls4Net.Backends.Vitis.Project;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;


namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Emits activations without tables (Linear, ReLU, LeakyReLU, ThresholdedReLU, BoundedReLU, HardSigmoid, binary and
/// ternary tanh) as the matching function of nnet_activation.h; constants are the emulator's raw codes
/// (<see cref="ReluFamilyPlan"/>). Table activations go to <see cref="TableActivationEmitter"/>.
/// </summary>
public sealed class ActivationEmitter : ILayerEmitter
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(ActivationOp);

    /// <summary>True when this emitter handles <paramref name="op"/>.</summary>
    public static bool Supports(Op op) => op is ActivationOp { UsesTable: false };

    public LayerCode Emit(LayerEmitContext context)
    {
        var node = context.Node;
        var op = (ActivationOp)node.Op;
        ReluFamilyPlan.CheckConstants(node);
        // A wide result or weight type: ReluFamilyPlan (64-bit codes) cannot be built; CheckConstants left only
        // functions whose constants are in a narrow param_t (alpha, beta) or that have none.
        var p = LayerTypes.AnyWide(node.Output.Type, node.Precision.Weight) ? null : _plans.Get(node, ReluFamilyPlan.Create);
        var paramT = node.Precision.Weight ?? node.Output.Type!;
        long alpha = p?.AlphaRaw ?? (op.Function is ActivationKind.LeakyRelu or ActivationKind.ThresholdedRelu or ActivationKind.HardSigmoid ? FixedMath.FromDouble(op.Alpha, paramT) : 0);
        long beta = p?.BetaRaw ?? (op.Function is ActivationKind.HardSigmoid ? FixedMath.FromDouble(op.Beta, paramT) : 0);
        var function = op.Function switch
        {
            ActivationKind.Linear => "linear",
            ActivationKind.Relu => "relu",
            ActivationKind.LeakyRelu => "leaky_relu",
            ActivationKind.ThresholdedRelu => "thresholded_relu",
            ActivationKind.BoundedRelu => "bounded_relu",
            ActivationKind.HardSigmoid => "hard_sigmoid",
            ActivationKind.BinaryTanh => "binary_tanh",
            ActivationKind.TernaryTanh => "ternary_tanh",
            _ => throw new GraphException($"node '{node.Name}': activation {op.Function} needs a table (TableActivationEmitter)"),
        };
        var hasParam = op.Function is ActivationKind.LeakyRelu or ActivationKind.ThresholdedRelu or ActivationKind.HardSigmoid;
        var configName = $"config{context.Index}";
        var paramType = $"{context.Id}_param_t";
        var config = context.Renderer.Render("layers/activation_config.hbs", new
        {
            configName,
            description = Comment.Text($"{node.Name}: {op.Describe()}"),
            nIn = node.Output.Shape.Size,
            hasParam,
            paramType,
            alphaRaw = RawLiteral.Of(alpha),
            betaRaw = RawLiteral.Of(beta),
            bounded = op.Function == ActivationKind.BoundedRelu,
            hasMin = p?.HasMin == true ? "true" : "false",
            minRaw = RawLiteral.Of(p?.MinRaw ?? 0),
            hasMax = p?.HasMax == true ? "true" : "false",
            maxRaw = RawLiteral.Of(p?.MaxRaw ?? 0),
        });
        return new LayerCode
        {
            TypeDefinitions = hasParam ? [new TypeDefinition(paramType, p?.ParameterType ?? paramT)] : [],
            Config = config,
            Call = ElementwiseCall.Render(context, context.IsStream ? function + "_stream" : function, configName),
            Includes = [context.IsStream ? "nnet_activation_stream.h" : "nnet_activation.h"],
            SupportsStream = true,
        };
    }
}
