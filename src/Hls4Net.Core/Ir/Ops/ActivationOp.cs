namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// An element-wise activation. <see cref="Alpha"/>/<see cref="Beta"/> carry the function's parameters:
/// LeakyRelu alpha; Elu alpha; HardSigmoid alpha (slope) and beta (offset); ThresholdedRelu alpha (threshold);
/// BoundedRelu uses <see cref="Min"/> and <see cref="Max"/>.
/// </summary>
public sealed class ActivationOp : Op
{
    public ActivationOp(ActivationKind function, double alpha = 0, double beta = 0, double min = 0, double max = double.PositiveInfinity)
    {
        Function = function;
        Alpha = alpha;
        Beta = beta;
        Min = min;
        Max = max;
    }

    public ActivationKind Function { get; }

    public double Alpha { get; }

    public double Beta { get; }

    public double Min { get; }

    public double Max { get; }

    /// <summary>True for functions evaluated through a lookup table in hardware.</summary>
    public bool UsesTable => Function is ActivationKind.Sigmoid or ActivationKind.Tanh or ActivationKind.Elu
        or ActivationKind.Selu or ActivationKind.Softplus or ActivationKind.Softsign or ActivationKind.Probit;

    /// <summary>True for functions whose parameters (alpha, beta, threshold) are stored as weight_t constants.</summary>
    public bool HasParameters => Function is ActivationKind.LeakyRelu or ActivationKind.Elu or ActivationKind.HardSigmoid or ActivationKind.ThresholdedRelu;

    public override string Kind => "Activation";

    /// <inheritdoc />
    public override OpTraits Traits => new()
    {
        // The function's class name (e.g. Sigmoid) comes before the generic Activation.
        LayerTypeKeys = [.. FunctionKeys(Function), "Activation", "QActivation"],
        PrecisionSlots = Slots(),
        ChannelsLast = ChannelsLastRole.ElementwiseUnary,
    };

    /// <summary>Weight for the parameters, table for a table function.</summary>
    private List<PrecisionSlotUse> Slots()
    {
        var slots = new List<PrecisionSlotUse>();
        if (HasParameters) slots.Add(PrecisionSlotUse.Weight);
        if (UsesTable) slots.Add(new PrecisionSlotUse(PrecisionSlot.Table));
        return slots;
    }

    /// <summary>The hls4ml/Keras class names of <paramref name="function"/> used as <c>LayerType</c> keys.</summary>
    public static IReadOnlyList<string> FunctionKeys(ActivationKind function) => function switch
    {
        ActivationKind.Linear => ["Linear"],
        ActivationKind.Relu => ["ReLU"],
        ActivationKind.BoundedRelu => ["ReLU", "Clip"],
        ActivationKind.LeakyRelu => ["LeakyReLU", "ParametrizedActivation"],
        ActivationKind.ThresholdedRelu => ["ThresholdedReLU", "ParametrizedActivation"],
        ActivationKind.Elu => ["ELU", "ParametrizedActivation"],
        ActivationKind.Sigmoid => ["Sigmoid"],
        ActivationKind.HardSigmoid => ["HardSigmoid", "HardActivation"],
        ActivationKind.Tanh => ["Tanh"],
        ActivationKind.Selu => ["SELU"],
        ActivationKind.Softplus => ["Softplus"],
        ActivationKind.Softsign => ["Softsign"],
        ActivationKind.Probit => ["Probit"],
        ActivationKind.BinaryTanh => ["BinaryTanh"],
        ActivationKind.TernaryTanh => ["TernaryTanh"],
        _ => [],
    };

    public override Shape InferShape(IReadOnlyList<Shape> inputs) => ShapeRules.SameAsSingleInput(this, inputs);

    public override string Describe() => Function switch
    {
        ActivationKind.LeakyRelu or ActivationKind.Elu or ActivationKind.ThresholdedRelu => $"{Function}(alpha={Alpha:R})",
        ActivationKind.HardSigmoid => $"{Function}(alpha={Alpha:R},beta={Beta:R})",
        ActivationKind.BoundedRelu => $"{Function}(min={Min:R},max={Max:R})",
        _ => Function.ToString(),
    };
}
