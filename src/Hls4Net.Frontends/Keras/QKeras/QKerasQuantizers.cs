using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Keras.QKeras;

/// <summary>Maps QKeras quantizer specs to weight quantizers and quantized activations; anything else is an error naming it.</summary>
public sealed class QKerasQuantizers
{
    public IWeightQuantizer ForWeights(QuantizerSpec spec, string where)
    {
        switch (spec.Name)
        {
            case "quantized_bits":
                RequireUnitAlpha(spec, 4, where);
                return new QuantizedBitsQuantizer(Int(spec, "bits", 0, 8), Int(spec, "integer", 1, 0), spec.Number("symmetric", 2, 0) != 0, spec.Number("keep_negative", 3, 1) != 0);
            case "quantized_po2":
                var max = spec.Number("max_value", 1, -1);
                return new PowerOfTwoQuantizer(Int(spec, "bits", 0, 8), max < 0 ? null : max);
            case "binary":
                RequireUnitAlpha(spec, 1, where);
                if (spec.Number("use_01", 0, 0) != 0) throw Unsupported(spec, where, "use_01=True");
                return new BinaryQuantizer(zeroIsPositive: true);
            case "ternary":
                RequireUnitAlpha(spec, 0, where);
                return new TernaryQuantizer(spec.Number("threshold", 1, 0.33));
            default:
                throw Unsupported(spec, where, "this weight quantizer");
        }
    }

    public QuantizedActivation ForActivation(QuantizerSpec spec, string where)
    {
        var bits = Int(spec, "bits", 0, 8);
        var integer = Int(spec, "integer", 1, 0);
        switch (spec.Name)
        {
            case "quantized_relu":
                if (spec.Number("negative_slope", 3, 0) != 0) throw Unsupported(spec, where, "negative_slope");
                if (spec.Number("use_sigmoid", 2, 0) != 0) throw Unsupported(spec, where, "use_sigmoid");
                return new(ActivationKind.Relu, new FixedType(bits, integer, false, QuantMode.RndConv, OverflowMode.Sat));
            case "quantized_bits":
                RequireUnitAlpha(spec, 4, where);
                var symmetric = spec.Number("symmetric", 2, 0) != 0;
                var signed = spec.Number("keep_negative", 3, 1) != 0;
                return new(ActivationKind.Linear, new FixedType(bits, integer + (signed ? 1 : 0), signed, QuantMode.RndConv, symmetric && signed ? OverflowMode.SatSym : OverflowMode.Sat));
            case "quantized_tanh":
                return new(ActivationKind.Tanh, new FixedType(bits, integer + 1, true, QuantMode.RndConv, OverflowMode.Sat));
            case "binary":
            case "binary_tanh":
                return new(ActivationKind.BinaryTanh, new FixedType(2, 2, true, IsInteger: true));
            case "ternary":
            case "ternary_tanh":
                return new(ActivationKind.TernaryTanh, new FixedType(2, 2, true, IsInteger: true));
            default:
                throw Unsupported(spec, where, "this activation quantizer");
        }
    }

    private static int Int(QuantizerSpec spec, string name, int position, int fallback) => (int)spec.Number(name, position, fallback);

    private static void RequireUnitAlpha(QuantizerSpec spec, int position, string where)
    {
        var alpha = spec.Raw("alpha", position);
        if (alpha is null or "None" or "1" or "1.0") return;
        throw Unsupported(spec, where, $"alpha={alpha}");
    }

    private static ModelLoadException Unsupported(QuantizerSpec spec, string where, string what) =>
        new($"{where}: unsupported QKeras quantizer setting {what} in {spec}");
}
