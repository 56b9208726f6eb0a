using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Keras.QKeras;

/// <summary>Maps QKeras quantizer specs to weight quantizers and quantized activations; anything else is an error naming it.</summary>
public sealed class QKerasQuantizers
{
    /// <summary>A quantized_bits with alpha other than 1 (None/1 give null: use <see cref="ForWeights"/>).</summary>
    public AlphaScaledQuantizer? ForAlpha(QuantizerSpec spec, string where)
    {
        if (spec.Name != "quantized_bits") return null;
        var alpha = spec.Raw("alpha", 4);
        if (alpha is null or "None" or "1" or "1.0") return null;
        try
        {
            return new AlphaScaledQuantizer(Int(spec, "bits", 0, 8), Int(spec, "integer", 1, 0), spec.Number("symmetric", 2, 0) != 0, spec.Number("keep_negative", 3, 1) != 0, alpha);
        }
        catch (ModelLoadException e)
        {
            throw new ModelLoadException($"{where}: {e.Message}");
        }
    }

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

    /// <summary>
    /// QKeras activation quantizers (forward pass at inference), with m the number of levels:
    /// quantized_relu(bits, integer): m = 2^bits, q = 2^integer·clip(round(x·m/2^integer)/m, 0, 1-1/m) = ufixed&lt;bits,integer&gt;
    /// (round half to even = RND_CONV, saturating); with negative_slope s (a power of two) m = 2^(bits-1), the positive side as
    /// before and the negative side round(s·x·m/2^integer)·2^integer/m down to -s·2^integer: a leaky ReLU into fixed&lt;bits,integer+1&gt;.
    /// quantized_bits(bits, integer, symmetric, keep_negative): fixed&lt;bits,integer+keep_negative&gt; (SAT_SYM when symmetric).
    /// quantized_tanh(bits, use_stochastic_rounding, symmetric, use_real_tanh): p = tanh(x) or the hard tanh 2·hard_sigmoid(x)-1
    /// = clip(x,-1,1), m = 2^(bits-1), q = clip(round(p·m)/m, -1+symmetric/m, 1-1/m) = fixed&lt;bits,1&gt;.
    /// quantized_sigmoid(bits, symmetric, use_real_sigmoid): p = sigmoid(x) or hard_sigmoid(x) = clip(0.5x+0.5,0,1), m = 2^bits,
    /// q = clip(round(p·m)/m, symmetric/m, 1-1/m) = ufixed&lt;bits,0&gt;.
    /// </summary>
    public QuantizedActivation ForActivation(QuantizerSpec spec, string where)
    {
        var bits = Int(spec, "bits", 0, 8);
        switch (spec.Name)
        {
            case "quantized_relu":
            {
                var integer = Int(spec, "integer", 1, 0);
                if (spec.Number("use_sigmoid", 2, 0) != 0) throw Unsupported(spec, where, "use_sigmoid");
                if (spec.Number("is_quantized_clip", 6, 1) == 0 && spec.Raw("relu_upper_bound", 5) is not (null or "None"))
                {
                    throw Unsupported(spec, where, "relu_upper_bound with is_quantized_clip=False");
                }
                var slope = spec.Number("negative_slope", 3, 0);
                if (slope == 0)
                {
                    var type = Rounded(new FixedType(bits, integer, false));
                    return new(new ActivationOp(ActivationKind.Relu), type, new ModelQuantizer(type));
                }
                if (slope < 0 || Math.Log2(slope) % 1 != 0) throw Unsupported(spec, where, $"negative_slope={slope} (a power of two is expected)");
                var signed = Rounded(new FixedType(bits, integer + 1, true));
                return new(new ActivationOp(ActivationKind.LeakyRelu, alpha: slope), signed, new ModelQuantizer(signed, Min: -slope * Math.Pow(2, integer)));
            }
            case "quantized_bits":
            {
                RequireUnitAlpha(spec, 4, where);
                var integer = Int(spec, "integer", 1, 0);
                var symmetric = spec.Number("symmetric", 2, 0) != 0;
                var signed = spec.Number("keep_negative", 3, 1) != 0;
                var type = new FixedType(bits, integer + (signed ? 1 : 0), signed, QuantMode.RndConv, symmetric && signed ? OverflowMode.SatSym : OverflowMode.Sat);
                return new(new ActivationOp(ActivationKind.Linear), type, new ModelQuantizer(type));
            }
            case "quantized_tanh":
            {
                var symmetric = spec.Number("symmetric", 2, 0) != 0;
                var real = spec.Number("use_real_tanh", 3, 0) != 0;
                var type = new FixedType(bits, 1, true, QuantMode.RndConv, symmetric ? OverflowMode.SatSym : OverflowMode.Sat);
                // The hard tanh clip(x,-1,1) followed by this saturating type is the saturation alone.
                return new(new ActivationOp(real ? ActivationKind.Tanh : ActivationKind.Linear), type, new ModelQuantizer(type));
            }
            case "quantized_sigmoid":
            {
                var symmetric = spec.Number("symmetric", 1, 0) != 0;
                var real = spec.Number("use_real_sigmoid", 2, 0) != 0;
                var type = Rounded(new FixedType(bits, 0, false));
                var op = real ? new ActivationOp(ActivationKind.Sigmoid) : new ActivationOp(ActivationKind.HardSigmoid, alpha: 0.5, beta: 0.5);
                return new(op, type, new ModelQuantizer(type, Min: symmetric ? Math.Pow(2, -bits) : double.NegativeInfinity));
            }
            case "binary":
            case "binary_tanh":
                return new(new ActivationOp(ActivationKind.BinaryTanh), new FixedType(2, 2, true, IsInteger: true), null);
            case "ternary":
            case "ternary_tanh":
                return new(new ActivationOp(ActivationKind.TernaryTanh), new FixedType(2, 2, true, IsInteger: true), null);
            default:
                throw Unsupported(spec, where, "this activation quantizer");
        }
    }

    private static FixedType Rounded(FixedType t) => new(t.Width, t.IntBits, t.Signed, QuantMode.RndConv, OverflowMode.Sat);

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
