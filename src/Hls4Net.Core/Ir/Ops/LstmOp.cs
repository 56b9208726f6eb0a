namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// LSTM (Keras/ONNX without peepholes): gates i, f, c, o in Keras order; i = σ(·), f = σ(·), c̃ = act(·), o = σ(·),
/// c' = f·c + i·c̃, h' = o·act(c'), each gate's input x·W + b + h·U + Rb. See <see cref="RecurrentOp"/>.
/// </summary>
public sealed class LstmOp : RecurrentOp
{
    public LstmOp(ConstTensor kernel, ConstTensor recurrentKernel, ConstTensor bias, ConstTensor recurrentBias,
        ActivationKind activation = ActivationKind.Tanh, ActivationKind recurrentActivation = ActivationKind.Sigmoid,
        bool returnSequences = false, RecurrentDirection direction = RecurrentDirection.Forward)
        : base(4, kernel, recurrentKernel, bias, recurrentBias, activation, recurrentActivation, returnSequences, direction)
    {
    }

    public override string Kind => "LSTM";

    private static readonly OpTraits LstmTraits = TraitsFor("LSTM", "QLSTM");

    /// <inheritdoc />
    public override OpTraits Traits => LstmTraits;

    public override string Describe() => DescribeCommon("");
}
