using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Lowering.Plans;

/// <summary>
/// A recurrent layer's constants (raw codes in their types) and its activation tables, shared by the emulator kernel
/// and the C++ emitter. Every intermediate lives in accum_t (gate pre-activations, activated gates, products); the
/// hidden and cell states are stored in the layer's result type. The gate and candidate activations read accum_t and
/// write accum_t; LSTM's output activation of the cell state reads result_t (<see cref="CellActivation"/>).
/// </summary>
public sealed class RecurrentPlan
{
    private RecurrentPlan(RecurrentOp op, FixedType weight, FixedType recurrentWeight, FixedType bias, FixedType recurrentBias,
        FixedType accum, FixedType result, RecurrentActivation activation, RecurrentActivation recurrentActivation, RecurrentActivation? cell)
    {
        Op = op;
        Weight = weight;
        RecurrentWeight = recurrentWeight;
        Bias = bias;
        RecurrentBias = recurrentBias;
        Accum = accum;
        Result = result;
        WeightRaw = LayerTypes.Quantize(op.Kernel.Data, weight);
        RecurrentWeightRaw = LayerTypes.Quantize(op.RecurrentKernel.Data, recurrentWeight);
        BiasRaw = LayerTypes.Quantize(op.Bias.Data, bias);
        RecurrentBiasRaw = LayerTypes.Quantize(op.RecurrentBias.Data, recurrentBias);
        Activation = activation;
        RecurrentActivationOfGates = recurrentActivation;
        CellActivation = cell;
        OneRaw = FixedMath.FromDouble(1.0, accum);
    }

    public RecurrentOp Op { get; }

    public FixedType Weight { get; }

    public FixedType RecurrentWeight { get; }

    public FixedType Bias { get; }

    public FixedType RecurrentBias { get; }

    public FixedType Accum { get; }

    /// <summary>The state type (the layer's result type).</summary>
    public FixedType Result { get; }

    /// <summary>Kernel codes [nIn, G·u].</summary>
    public long[] WeightRaw { get; }

    /// <summary>Recurrent kernel codes [u, G·u].</summary>
    public long[] RecurrentWeightRaw { get; }

    public long[] BiasRaw { get; }

    public long[] RecurrentBiasRaw { get; }

    /// <summary>The candidate activation (SimpleRNN's only one), accum_t → accum_t.</summary>
    public RecurrentActivation Activation { get; }

    /// <summary>The gates' activation, accum_t → accum_t.</summary>
    public RecurrentActivation RecurrentActivationOfGates { get; }

    /// <summary>LSTM only: the activation of the cell state, result_t → accum_t.</summary>
    public RecurrentActivation? CellActivation { get; }

    /// <summary>The constant 1 stored in accum_t (GRU's 1 - z).</summary>
    public long OneRaw { get; }

    /// <summary>The plan of <paramref name="node"/>; its weight, bias and accum precisions and its result type must be set.</summary>
    public static RecurrentPlan Create(Node node)
    {
        var op = node.Op as RecurrentOp ?? throw new GraphException($"node '{node.Name}': expected a recurrent op, got {node.Op.Kind}");
        var w = LayerTypes.Fast(node, LayerTypes.Required(node, node.Precision.Weight, "weight"), "weight");
        var rw = LayerTypes.Fast(node, node.Precision[RecurrentSlots.RecurrentWeight] ?? w, "recurrent_weight");
        var b = LayerTypes.Fast(node, LayerTypes.Required(node, node.Precision.Bias, "bias"), "bias");
        var rb = LayerTypes.Fast(node, node.Precision[RecurrentSlots.RecurrentBias] ?? b, "recurrent_bias");
        var a = LayerTypes.Fast(node, LayerTypes.Required(node, node.Precision.Accum, "accum"), "accum");
        var r = LayerTypes.Fast(node, LayerTypes.Result(node), "result");
        var table = node.Precision.Table ?? ActivationTableBuilder.DefaultTableType;
        var size = node.Precision.TableSize;
        var act = RecurrentActivation.Create(op.Activation, a, table, size);
        var rec = RecurrentActivation.Create(op.RecurrentActivation, a, table, size);
        var cell = op is LstmOp ? RecurrentActivation.Create(op.Activation, r, table, size) : null;
        return new RecurrentPlan(op, w, rw, b, rb, a, r, act, rec, cell);
    }
}
