namespace Hls4Net.Core.Ir.Ops;

/// <summary>SimpleRNN: h' = act(x·W + b + h·U + Rb). See <see cref="RecurrentOp"/> (the recurrent activation is unused).</summary>
public sealed class SimpleRnnOp : RecurrentOp
{
    public SimpleRnnOp(ConstTensor kernel, ConstTensor recurrentKernel, ConstTensor bias, ConstTensor recurrentBias,
        ActivationKind activation = ActivationKind.Tanh, bool returnSequences = false, RecurrentDirection direction = RecurrentDirection.Forward)
        : base(1, kernel, recurrentKernel, bias, recurrentBias, activation, ActivationKind.Sigmoid, returnSequences, direction)
    {
    }

    public override string Kind => "SimpleRNN";

    private static readonly OpTraits RnnTraits = TraitsFor("SimpleRNN", "QSimpleRNN");

    /// <inheritdoc />
    public override OpTraits Traits => RnnTraits;

    public override string Describe() => DescribeCommon("");
}
