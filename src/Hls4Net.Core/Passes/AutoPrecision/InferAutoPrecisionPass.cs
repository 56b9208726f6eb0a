using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Passes.AutoPrecision;

/// <summary>
/// Replaces the types a config leaves as <c>auto</c> (hls4ml's <c>Precision: auto</c> or <c>{result: auto, accum:
/// auto, ...}</c>, as its <c>config_from_keras_model(granularity='name')</c> writes them) by types inferred from bit
/// growth, in graph order so that each layer sees its input's final type (hls4ml's <c>InferPrecisionTypes</c>):
/// - Dense and convolutions: accumulator and result from the input, weight and bias types and the fan-in
///   (<see cref="BitGrowth.MultiplyAccumulate"/>); under exact semantics the fan-in counts non-zero weights only and a
///   bias that is zero everywhere adds no bit (<see cref="FanIn"/>);
/// - batch normalization: <see cref="BitGrowth.ScaleShift"/>; element-wise merges: <see cref="BitGrowth.Add"/>,
///   <see cref="BitGrowth.Multiply"/> or <see cref="BitGrowth.Union"/>; concatenation: <see cref="BitGrowth.Union"/>;
/// - pooling, transpose, padding, cropping and upsampling: their input's type; Flatten/Reshape keep their input's
///   type unless the config names one (as <see cref="AssignPrecisionPass"/> does, again after the inference).
/// Every other <c>auto</c> type keeps the Model default that <see cref="AssignPrecisionPass"/> gave it, as in hls4ml;
/// under hls4ml semantics an <c>auto</c> table type takes the Model default too (hls4ml's rule), while a table type
/// the config does not name keeps its own default.
/// A Model-level <c>maximum</c> caps inferred types (<see cref="MaximumPrecision"/>), with a warning when it cuts
/// one; so does the largest ap_fixed width (1024 bits).
/// </summary>
public sealed class InferAutoPrecisionPass : IGraphPass
{
    public string Name => "infer-auto-precision";

    public void Run(Graph graph, PassContext context)
    {
        var hls = context.Config.Hls;
        var resolver = new LayerConfigResolver(hls);
        var cap = new MaximumPrecision(hls.Model.Precision.TryGetValue(PrecisionSlot.Maximum, out var max) ? max : null);
        foreach (var node in graph.Nodes)
        {
            var sections = resolver.SpecificSections(node.Name, LayerTypeNames.KeysFor(node));
            if (node.Op.Traits.KeepsInputType)
            {
                if (resolver.ExplicitPrecision(sections, PrecisionSlot.Result) is null && node.Inputs[0].Type is { } inputType)
                {
                    foreach (var output in node.Outputs) output.Type = inputType;
                }
                continue;
            }
            var semantics = resolver.Semantics(sections, context.Config.Semantics).Value;
            if (semantics == ArithmeticSemantics.Hls4ml) AutoTablesTakeTheModelDefault(node, sections, resolver);
            var resultAuto = resolver.IsAuto(sections, PrecisionSlot.Result);
            var accumAuto = node.Precision.Accum is not null && resolver.IsAuto(sections, PrecisionSlot.Accum);
            if (!resultAuto && !accumAuto) continue;
            var inferred = Infer(node, semantics);
            if (inferred is null) continue;
            var type = Cap(node, inferred, cap, context);
            if (accumAuto && IsMultiplyAccumulate(node.Op)) node.Precision = node.Precision.With(PrecisionSlot.Accum, type);
            if (resultAuto)
            {
                foreach (var output in node.Outputs) output.Type = type;
            }
            context.Log.Debug("auto precision {Node}: {Type}{What}", node.Name, type,
                accumAuto && resultAuto ? " (result and accum)" : accumAuto ? " (accum)" : " (result)");
        }
    }

    /// <summary>
    /// hls4ml gives an <c>auto</c> table type (<c>table</c>, <c>exp_table</c>, <c>inv_table</c>) the Model's default
    /// precision, where an unnamed table type keeps the table default (ap_fixed&lt;18,8&gt;...).
    /// </summary>
    private static void AutoTablesTakeTheModelDefault(Node node, IReadOnlyList<LayerConfig> sections, LayerConfigResolver resolver)
    {
        foreach (var slot in node.Precision.Slots.Keys.Where(s => s.IsTable).ToList())
        {
            if (!resolver.IsAuto(sections, slot)) continue;
            node.Precision = node.Precision.With(slot, resolver.Precision([], PrecisionSlot.Default).Value);
        }
    }

    private static bool IsMultiplyAccumulate(Op op) => op is DenseOp or Conv1DOp or Conv2DOp or DepthwiseConv1DOp or DepthwiseConv2DOp;

    private static FixedType? Infer(Node node, ArithmeticSemantics semantics)
    {
        var inputs = node.Inputs.Select(i => i.Type).ToList();
        if (inputs.Any(t => t is null)) return null;
        var input = inputs[0]!;
        var p = node.Precision;
        switch (node.Op)
        {
            case DenseOp d:
                return Mac(node, input, d.Weights, d.Bias, d.OutputSize, d.InputSize, semantics);
            case Conv1DOp c:
                return Mac(node, input, c.Weights, c.Bias, c.OutChannels, (long)c.InChannels * c.KernelSize, semantics);
            case Conv2DOp c:
                return Mac(node, input, c.Weights, c.Bias, c.OutChannels, (long)c.InChannels * c.KernelH * c.KernelW, semantics);
            case DepthwiseConv1DOp c:
                return Mac(node, input, c.Weights, c.Bias, c.Channels * c.DepthMultiplier, c.KernelSize, semantics);
            case DepthwiseConv2DOp c:
                return Mac(node, input, c.Weights, c.Bias, c.Channels * c.DepthMultiplier, (long)c.KernelH * c.KernelW, semantics);
            case BatchNormOp when p.Weight is { } scale && p.Bias is { } shift:
                return BitGrowth.ScaleShift(input, scale, shift);
            case ElementwiseOp e:
                return inputs.Skip(1).Aggregate(input, (acc, t) => e.Operation switch
                {
                    ElementwiseKind.Add or ElementwiseKind.Average => BitGrowth.Add(acc, t!, subtract: false),
                    ElementwiseKind.Sub => BitGrowth.Add(acc, t!, subtract: true),
                    ElementwiseKind.Mul => BitGrowth.Multiply(acc, t!),
                    _ => BitGrowth.Union(acc, t!, keepModes: false),
                });
            case ConcatOp:
                return inputs.Skip(1).Aggregate(input, (acc, t) => BitGrowth.Union(acc, t!, keepModes: true));
            case Pool1DOp or Pool2DOp or TransposeOp or ZeroPadOp or CropOp or UpsampleOp:
                return input;
            default:
                return null;
        }
    }

    private static FixedType? Mac(Node node, FixedType input, ConstTensor weights, ConstTensor bias, int outputs, long fanIn, ArithmeticSemantics semantics)
    {
        if (node.Precision.Weight is not { } w || node.Precision.Bias is not { } b) return null;
        if (semantics == ArithmeticSemantics.Hls4ml) return BitGrowth.MultiplyAccumulate(input, w, b, fanIn, withBias: true);
        var nonZero = FanIn.NonZero(weights, w, outputs);
        return BitGrowth.MultiplyAccumulate(input, w, b, Math.Max(nonZero, 1), withBias: FanIn.AnyNonZero(bias, b));
    }

    private static FixedType Cap(Node node, FixedType inferred, MaximumPrecision cap, PassContext context)
    {
        var type = cap.Apply(inferred, out var capped);
        if (capped)
        {
            context.Log.Warning("layer '{Node:l}': the inferred (auto) type {Inferred:l} is capped to {Type:l} by HLSConfig.Model.Precision.maximum; values may now overflow or be rounded",
                node.Name, inferred.ToString(), type.ToString());
        }
        if (type.Width > FixedType.MaxFixedWidth)
        {
            var wide = new FixedType(FixedType.MaxFixedWidth, Math.Min(type.IntBits, FixedType.MaxFixedWidth), type.Signed);
            context.Log.Warning("layer '{Node:l}': the inferred (auto) type {Inferred:l} is wider than {Max} bits, the largest ap_fixed; it is capped to {Type:l} (set HLSConfig.Model.Precision.maximum or explicit types)",
                node.Name, type.ToString(), FixedType.MaxFixedWidth, wide.ToString());
            return wide;
        }
        return type;
    }
}
