namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Base of the recurrent layers (SimpleRNN, LSTM, GRU) on a sequence [T, nIn] (batch excluded). Weights are in Keras'
/// layout and gate order: <see cref="Kernel"/> [nIn, G·u], <see cref="RecurrentKernel"/> [u, G·u], <see cref="Bias"/> and
/// <see cref="RecurrentBias"/> [G·u] (column g·u + j is unit j of gate g; LSTM gates i, f, c, o; GRU z, r, h). The output
/// is the whole hidden-state sequence [T, u] (<see cref="ReturnSequences"/>) or the last state [u]; the initial state is zero.
/// <see cref="Activation"/> is the candidate/output activation (tanh by default), <see cref="RecurrentActivation"/>
/// the gates' (sigmoid); both are Linear, Relu, Sigmoid or Tanh.
/// </summary>
public abstract class RecurrentOp : Op
{
    private static readonly ActivationKind[] Supported = [ActivationKind.Linear, ActivationKind.Relu, ActivationKind.Sigmoid, ActivationKind.Tanh];

    private protected RecurrentOp(int gates, ConstTensor kernel, ConstTensor recurrentKernel, ConstTensor bias, ConstTensor recurrentBias,
        ActivationKind activation, ActivationKind recurrentActivation, bool returnSequences, RecurrentDirection direction)
    {
        if (kernel.Shape.Rank != 2 || kernel.Shape[1] % gates != 0 || kernel.Shape[1] == 0)
            throw new GraphException($"{GetType().Name}: kernel shape {kernel.Shape} is not [inputs, {gates}·units]");
        var gu = kernel.Shape[1];
        var units = gu / gates;
        if (recurrentKernel.Shape.Rank != 2 || recurrentKernel.Shape[0] != units || recurrentKernel.Shape[1] != gu)
            throw new GraphException($"{GetType().Name}: recurrent kernel shape {recurrentKernel.Shape} is not [{units}, {gu}]");
        if (bias.Shape.Rank != 1 || bias.Size != gu) throw new GraphException($"{GetType().Name}: bias shape {bias.Shape} is not [{gu}]");
        if (recurrentBias.Shape.Rank != 1 || recurrentBias.Size != gu)
            throw new GraphException($"{GetType().Name}: recurrent bias shape {recurrentBias.Shape} is not [{gu}]");
        foreach (var a in new[] { activation, recurrentActivation })
        {
            if (Array.IndexOf(Supported, a) < 0)
                throw new GraphException($"{GetType().Name}: activation {a} is not supported in a recurrent layer (linear, relu, sigmoid, tanh)");
        }
        Gates = gates;
        Kernel = kernel;
        RecurrentKernel = recurrentKernel;
        Bias = bias;
        RecurrentBias = recurrentBias;
        Activation = activation;
        RecurrentActivation = recurrentActivation;
        ReturnSequences = returnSequences;
        Direction = direction;
    }

    /// <summary>Number of gate blocks (1 SimpleRNN, 4 LSTM, 3 GRU).</summary>
    public int Gates { get; }

    /// <summary>Input-to-gate kernel [nIn, G·u].</summary>
    public ConstTensor Kernel { get; }

    /// <summary>State-to-gate kernel [u, G·u].</summary>
    public ConstTensor RecurrentKernel { get; }

    /// <summary>Bias added to the input products [G·u].</summary>
    public ConstTensor Bias { get; }

    /// <summary>Bias added to the state products [G·u] (zero when the model has one bias only).</summary>
    public ConstTensor RecurrentBias { get; }

    /// <summary>The candidate / output activation.</summary>
    public ActivationKind Activation { get; }

    /// <summary>The gates' activation (unused by SimpleRNN).</summary>
    public ActivationKind RecurrentActivation { get; }

    /// <summary>True: output [T, u], every step's state; false: output [u], the last step's.</summary>
    public bool ReturnSequences { get; }

    /// <summary>The walking order.</summary>
    public RecurrentDirection Direction { get; }

    /// <summary>Input features per step.</summary>
    public int InputSize => Kernel.Shape[0];

    /// <summary>Hidden units (state size).</summary>
    public int Units => Kernel.Shape[1] / Gates;

    /// <inheritdoc />
    public override int ParameterCount => Kernel.Size + RecurrentKernel.Size + Bias.Size + RecurrentBias.Size;

    /// <summary>True when the recurrent bias holds a non-zero value.</summary>
    public bool HasRecurrentBias => RecurrentBias.Data.Any(v => v != 0);

    /// <inheritdoc />
    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        ShapeRules.ExpectInputs(this, inputs, 1);
        var s = inputs[0];
        if (s.Rank != 2 || s[1] != InputSize) throw new GraphException($"{Kind} expects a sequence [steps, {InputSize}], got {s}");
        return ReturnSequences ? new Shape(s[0], Units) : new Shape(Units);
    }

    /// <summary>Input step read at processing step <paramref name="k"/> of <paramref name="steps"/>.</summary>
    public int InputStep(int k, int steps) => Direction == RecurrentDirection.Forward ? k : steps - 1 - k;

    /// <summary>Output row written at processing step <paramref name="k"/> (return_sequences).</summary>
    public int OutputStep(int k, int steps) => Direction == RecurrentDirection.Reverse ? steps - 1 - k : k;

    /// <summary>The attributes shared by every recurrent op's description.</summary>
    private protected string DescribeCommon(string extra) =>
        $"{Kind}({InputSize}->{Units}, {Activation.ToString().ToLowerInvariant()}"
        + (Gates == 1 ? "" : "/" + RecurrentActivation.ToString().ToLowerInvariant())
        + (ReturnSequences ? ", sequences" : "") + (Direction == RecurrentDirection.Forward ? "" : ", " + Direction.ToString().ToLowerInvariant())
        + extra + ")";

    /// <summary>The traits of every recurrent op under <paramref name="keys"/>.</summary>
    private protected static OpTraits TraitsFor(params string[] keys) => new()
    {
        LayerTypeKeys = keys,
        PrecisionSlots = RecurrentSlots.All,
    };
}
