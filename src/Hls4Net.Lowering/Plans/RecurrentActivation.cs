using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Lowering.Plans;

/// <summary>
/// One activation inside a recurrent layer, from <see cref="Input"/> to accum_t: linear (the value re-stored), ReLU
/// (max(x, 0) re-stored) or a table (sigmoid, tanh: <see cref="ActivationTable"/> built for <see cref="Input"/>).
/// </summary>
public sealed class RecurrentActivation
{
    private RecurrentActivation(ActivationKind kind, FixedType input, ActivationTable? table)
    {
        Kind = kind;
        Input = input;
        Table = table;
    }

    public ActivationKind Kind { get; }

    /// <summary>The type of the values it reads.</summary>
    public FixedType Input { get; }

    /// <summary>The table of sigmoid and tanh, otherwise null.</summary>
    public ActivationTable? Table { get; }

    /// <summary>The C++ kind code (nnet_recurrent.h: 0 linear, 1 relu, 2 table).</summary>
    public int CppKind => Kind switch { ActivationKind.Linear => 0, ActivationKind.Relu => 1, _ => 2 };

    /// <summary>The activation of <paramref name="kind"/> on <paramref name="input"/> values.</summary>
    public static RecurrentActivation Create(ActivationKind kind, FixedType input, FixedType tableType, int tableSize) => kind switch
    {
        ActivationKind.Linear or ActivationKind.Relu => new(kind, input, null),
        ActivationKind.Sigmoid or ActivationKind.Tanh => new(kind, input, ActivationTableBuilder.Build(new ActivationOp(kind), input, tableType, tableSize)),
        _ => throw new Core.Ir.GraphException($"activation {kind} is not supported in a recurrent layer"),
    };

    /// <summary>Applies the activation to the raw code <paramref name="raw"/> of <see cref="Input"/>, storing into <paramref name="to"/>.</summary>
    public long Apply(long raw, FixedType to, out bool overflowed) => Kind switch
    {
        ActivationKind.Linear => FixedMath.Convert(raw, Input.FracBits, to, out overflowed),
        ActivationKind.Relu => FixedMath.Convert(Math.Max(raw, 0), Input.FracBits, to, out overflowed),
        _ => Table!.Apply(raw, to, out overflowed),
    };
}
