using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Optimization;

/// <summary>
/// Lists the knobs of a configured graph, in a fixed, documented order: the graph input's result, then every layer in
/// graph order with its weight, bias, accum, table, exp_table, inv_table, TableSize and result knobs. Integer bits
/// come from the calibration profile: the observed range of results and of Dense partial sums plus
/// <see cref="PrecisionSearchSettings.GuardBits"/>, the exact range of weights and biases (one more bit when the
/// type rounds rather than truncates; with <see cref="PrecisionSearchSettings.RoundConstants"/> weights and biases
/// take AP_RND and AP_SAT instead, with no extra bit: constants are quantized at compile time, so neither costs hardware,
/// and the one weight that could round up to 2^(I-1) saturates one LSB below it). ReLU results are unsigned. The other slots of
/// softmax and activation layers (tables, the softmax accumulator and index types of hls4ml's variants) keep their base
/// integer bits, signedness and modes; only their fractional bits are searched. A bias layer (<see cref="BiasAddOp"/>, the
/// ONNX Add hls4ml semantics keep apart from its Dense) gets a bias knob as a Dense does. Other layers keep their base
/// weight/bias/accum types; re-indexing layers (Flatten, Reshape) keep their input's type.
/// </summary>
public sealed class KnobBuilder
{
    private static readonly PrecisionSlot[] SlotOrder =
        [PrecisionSlot.Weight, PrecisionSlot.Bias, PrecisionSlot.Accum, PrecisionSlot.Table, PrecisionSlot.ExpTable, PrecisionSlot.InvTable];

    private readonly PrecisionSearchSettings _settings;

    public KnobBuilder(PrecisionSearchSettings settings) => _settings = settings;

    /// <summary>The knobs of <paramref name="graph"/> (configured with the base config) given its profile.</summary>
    public IReadOnlyList<PrecisionKnob> Build(Graph graph, IReadOnlyDictionary<string, LayerProfile> profiles)
    {
        var knobs = new List<PrecisionKnob>();
        foreach (var input in graph.Inputs)
        {
            if (profiles.TryGetValue(input.Name, out var p) && input.Type is { } t)
            {
                knobs.Add(Data(input.Name, PrecisionSlot.Result, t, p.Result, signed: t.Signed || p.Result.Min < 0));
            }
        }
        foreach (var node in graph.Nodes)
        {
            if (!profiles.TryGetValue(node.Name, out var p)) continue;
            var slots = SlotOrder.Where(node.Precision.Slots.ContainsKey)
                .Concat(node.Precision.Slots.Keys.Where(k => !SlotOrder.Contains(k)).OrderBy(k => k.Name, StringComparer.Ordinal));
            foreach (var slot in slots)
            {
                if (node.Precision[slot] is not { } type || type.IsInteger) continue;
                if (node.Op is DenseOp && !slot.IsTable)
                {
                    var range = slot == PrecisionSlot.Weight ? p.Weight : slot == PrecisionSlot.Bias ? p.Bias : slot == PrecisionSlot.Accum ? p.Accum : null;
                    if (range is null) continue;
                    var exact = slot != PrecisionSlot.Accum;
                    knobs.Add(Data(node.Name, slot, type, range, signed: type.Signed || range.Min < 0, exactValues: exact));
                }
                else if (node.Op is BiasAddOp && slot == PrecisionSlot.Bias && p.Bias is { } bias)
                {
                    // The bias layer hls4ml semantics make of an ONNX Add: a constant, like a Dense's bias.
                    knobs.Add(Data(node.Name, slot, type, bias, signed: type.Signed || bias.Min < 0, exactValues: true));
                }
                else if (node.Op is DenseOp || IsTuned(node.Op))
                {
                    knobs.Add(KeepIntBits(node.Name, slot, type));
                }
            }
            if (node.Op.Traits.PrecisionSlots.Any(u => u.Slot.IsTable) && node.Precision.TableSize > 0)
            {
                knobs.Add(TableSize(node.Name, node.Precision.TableSize));
            }
            if (!node.Op.Traits.KeepsInputType && node.Outputs.Count == 1 && node.Output.Type is { IsInteger: false } result)
            {
                var relu = node.Op is ActivationOp { Function: ActivationKind.Relu } && p.Result.Min >= 0;
                knobs.Add(Data(node.Name, PrecisionSlot.Result, result, p.Result, signed: !relu && (result.Signed || p.Result.Min < 0)));
            }
        }
        return knobs;
    }

    private PrecisionKnob Data(string layer, PrecisionSlot slot, FixedType baseType, ValueRange range, bool signed, bool exactValues = false)
    {
        var rounded = exactValues && _settings.RoundConstants;
        var quant = rounded ? QuantMode.Rnd : baseType.Quant;
        var extra = exactValues ? (rounded || quant is QuantMode.Trn or QuantMode.TrnZero ? 0 : 1) : _settings.GuardBits;
        var overflow = rounded ? OverflowMode.Sat : Overflow(baseType);
        var intBits = IntegerBits.For(range.Min, range.Max, signed) + extra;
        var minWidth = signed ? 2 : 1;
        var min = Math.Max(0, minWidth - intBits);
        var start = Math.Max(min, Math.Min(_settings.StartFracBits, _settings.MaxWidth - intBits));
        return new PrecisionKnob(layer, slot, KnobKind.FracBits, intBits, signed, quant, overflow, min, start, range);
    }

    /// <summary>Ops whose other slots (tables, softmax accumulator and index types) get fractional-bit knobs at their base integer bits.</summary>
    private static bool IsTuned(Op op) => op is SoftmaxOp or ActivationOp;

    private PrecisionKnob KeepIntBits(string layer, PrecisionSlot slot, FixedType baseType)
    {
        var intBits = baseType.IntBits;
        var min = Math.Max(1, (baseType.Signed ? 2 : 1) - intBits);
        var start = Math.Max(Math.Max(min, baseType.FracBits), Math.Min(_settings.StartFracBits, _settings.MaxWidth - intBits));
        return new PrecisionKnob(layer, slot, KnobKind.FracBits, intBits, baseType.Signed, baseType.Quant, baseType.Overflow, min, start, null);
    }

    private PrecisionKnob TableSize(string layer, int baseSize)
    {
        var baseLog = (int)Math.Ceiling(Math.Log2(Math.Max(2, baseSize)));
        var start = Math.Max(baseLog, _settings.StartTableSizeLog2);
        return new PrecisionKnob(layer, PrecisionSlot.Result, KnobKind.TableSize, 0, false, QuantMode.Trn, OverflowMode.Wrap,
            Math.Min(start, _settings.MinTableSizeLog2), start, null);
    }

    private OverflowMode Overflow(FixedType baseType) => _settings.Overflow ?? baseType.Overflow;
}
