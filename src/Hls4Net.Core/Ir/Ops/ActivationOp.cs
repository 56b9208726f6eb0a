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
        or ActivationKind.Selu or ActivationKind.Softplus or ActivationKind.Softsign;

    public override string Kind => "Activation";

    public override Shape InferShape(IReadOnlyList<Shape> inputs) => ShapeRules.SameAsSingleInput(this, inputs);

    public override string Describe() => Function switch
    {
        ActivationKind.LeakyRelu or ActivationKind.Elu or ActivationKind.ThresholdedRelu => $"{Function}(alpha={Alpha:R})",
        ActivationKind.HardSigmoid => $"{Function}(alpha={Alpha:R},beta={Beta:R})",
        ActivationKind.BoundedRelu => $"{Function}(min={Min:R},max={Max:R})",
        _ => Function.ToString(),
    };
}
