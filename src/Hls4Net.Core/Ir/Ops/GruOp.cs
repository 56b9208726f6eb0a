namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// GRU: gates z, r, h in Keras order; z = σ(x·Wz + bz + h·Uz + Rbz), r likewise, and the candidate
/// h̃ = act(x·Wh + bh + r·(h·Uh + Rbh)) when <see cref="ResetAfter"/> (Keras reset_after=True, ONNX
/// linear_before_reset=1, torch), else h̃ = act(x·Wh + bh + (r·h)·Uh + Rbh); h' = z·h + (1 - z)·h̃.
/// See <see cref="RecurrentOp"/>.
/// </summary>
public sealed class GruOp : RecurrentOp
{
    public GruOp(ConstTensor kernel, ConstTensor recurrentKernel, ConstTensor bias, ConstTensor recurrentBias, bool resetAfter,
        ActivationKind activation = ActivationKind.Tanh, ActivationKind recurrentActivation = ActivationKind.Sigmoid,
        bool returnSequences = false, RecurrentDirection direction = RecurrentDirection.Forward)
        : base(3, kernel, recurrentKernel, bias, recurrentBias, activation, recurrentActivation, returnSequences, direction)
    {
        ResetAfter = resetAfter;
    }

    /// <summary>True: the reset gate multiplies the recurrent product (h·Uh + Rbh); false: it multiplies the state before it.</summary>
    public bool ResetAfter { get; }

    public override string Kind => "GRU";

    private static readonly OpTraits GruTraits = TraitsFor("GRU", "QGRU");

    /// <inheritdoc />
    public override OpTraits Traits => GruTraits;

    public override string Describe() => DescribeCommon(ResetAfter ? ", reset_after" : "");
}
