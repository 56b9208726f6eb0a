using System.Globalization;
using Hls4Net.Core.Numerics;
using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;

namespace Hls4Net.Frontends.Onnx.Quantization;

/// <summary>
/// One uniform integer quantizer of a quantized-ONNX model: q = clip(round(x/scale + zeropt), min, max),
/// y = (q − zeropt)·scale, with QONNX's integer range (signed, narrow, bit width) and rounding mode. A QDQ pair is the
/// same quantizer with round-half-to-even and the range of its integer type. <see cref="Scale"/> and
/// <see cref="ZeroPoint"/> broadcast to the quantized tensor (numpy rules; QDQ's per-axis vectors are reshaped to that
/// form by the mapper).
/// </summary>
internal sealed class QuantizerSpec
{
    /// <summary>Widest bit width accepted (ap_int/ap_fixed limit of the generated code).</summary>
    public const int MaxBitWidth = 64;

    public QuantizerSpec(string dialect, string op, string nodeName, OnnxConstant scale, OnnxConstant zeroPoint, int bitWidth,
        bool signed, bool narrow, QuantRounding rounding)
    {
        Dialect = dialect;
        Op = op;
        NodeName = nodeName;
        Scale = scale;
        ZeroPoint = zeroPoint;
        BitWidth = bitWidth;
        Signed = signed;
        Narrow = narrow;
        Rounding = rounding;
    }

    public string Dialect { get; }

    public string Op { get; }

    public string NodeName { get; }

    public OnnxConstant Scale { get; }

    public OnnxConstant ZeroPoint { get; }

    public int BitWidth { get; }

    public bool Signed { get; }

    public bool Narrow { get; }

    public QuantRounding Rounding { get; }

    /// <summary>How <c>inspect</c> names this quantizer, e.g. <c>QONNX Quant 'act0'</c>.</summary>
    public string Origin => $"{Dialect} {Op} '{NodeName}'";

    /// <summary>Smallest integer code (QONNX min_int).</summary>
    public long MinInt => Signed ? -(1L << (BitWidth - 1)) + (Narrow ? 1 : 0) : 0;

    /// <summary>Largest integer code (QONNX max_int; unsigned narrow ranges end one below 2^bits − 1).</summary>
    public long MaxInt => Signed ? (1L << (BitWidth - 1)) - 1 : (1L << BitWidth) - 1 - (Narrow ? 1 : 0);

    /// <summary>The quantizer's output for <paramref name="x"/> with the parameters at broadcast index <paramref name="p"/>.</summary>
    public double Apply(double x, int p = 0)
    {
        double s = Scale.Data[Scale.Size == 1 ? 0 : p], z = ZeroPoint.Data[ZeroPoint.Size == 1 ? 0 : p];
        var v = Math.Clamp(x / s + z, MinInt, MaxInt);
        return (Rounding.Round(v) - z) * s;
    }

    /// <summary>Quantize constant <paramref name="x"/> (weights, bias) into a float32 constant named <paramref name="name"/>.</summary>
    public OnnxConstant Fold(OnnxNode node, OnnxConstant x, string name)
    {
        var index = ParameterIndex(node, x.Dims);
        var data = new double[x.Size];
        for (var i = 0; i < data.Length; i++) data[i] = (float)Apply(x.Data[i], index[i]);
        return new OnnxConstant(name, x.Dims, data, DataType.Float);
    }

    /// <summary>
    /// The exact ap_fixed type of this quantizer on layer data: scale 2^e, zero point 0 and a rounding mode with an
    /// ap_fixed counterpart give <c>ap_[u]fixed&lt;bits, bits+e, mode, AP_SAT or AP_SAT_SYM&gt;</c>; anything else is
    /// an error that says why.
    /// </summary>
    public FixedType ActivationType(OnnxNode node)
    {
        if (Scale.Size != 1) throw node.Error($"{Origin} has {Scale.Size} scales (per-channel); only one scale per tensor is supported on layer data");
        if (ZeroPoint.Size != 1) throw node.Error($"{Origin} has {ZeroPoint.Size} zero points (per-channel); only one is supported on layer data");
        var s = Scale.Data[0];
        var e = Log2Exact(s) ?? throw node.Error($"{Origin} has scale {Text(s)}, which is not a power of two",
            "only power-of-two scales map exactly onto ap_fixed on layer data (requantize the model with power-of-two scales)");
        var z = ZeroPoint.Data[0];
        if (z != 0) throw node.Error($"{Origin} has zero point {Text(z)}", "only zero point 0 maps exactly onto ap_fixed on layer data (use symmetric quantization)");
        var mode = Rounding.ApMode() ?? throw node.Error($"{Origin} rounds with {Rounding.Name()}", "ap_fixed has no rounding mode toward +infinity or away from zero; use ROUND, HALF_UP, HALF_DOWN, FLOOR or ROUND_TO_ZERO");
        if (!Signed && Narrow) throw node.Error($"{Origin} is unsigned with narrow range (0 ... 2^{BitWidth}-2)", "ap_ufixed saturation has no narrow-range mode; use signed or non-narrow");
        return new FixedType(BitWidth, BitWidth + e, Signed, mode, Signed && Narrow ? OverflowMode.SatSym : OverflowMode.Sat);
    }

    /// <summary>
    /// A type that holds every value this quantizer can give on constants exactly, or null when there is none (a scale
    /// that is not a power of two, a zero point that is not an integer). Per-channel power-of-two scales and integer
    /// zero points give one covering type: the finest channel's LSB and the widest channel's range.
    /// </summary>
    public FixedType? ConstantType()
    {
        int? minExp = null;
        long lo = 0, hi = 0;
        var n = Math.Max(Scale.Size, ZeroPoint.Size);
        var exps = new int[n];
        for (var c = 0; c < n; c++)
        {
            if (Log2Exact(Scale.Data[Scale.Size == 1 ? 0 : c]) is not { } e) return null;
            exps[c] = e;
            minExp = Math.Min(minExp ?? e, e);
        }
        for (var c = 0; c < n; c++)
        {
            var z = ZeroPoint.Data[ZeroPoint.Size == 1 ? 0 : c];
            if (z != Math.Floor(z) || Math.Abs(z) > 1L << 40) return null;
            var shift = exps[c] - minExp!.Value;
            if (shift > 20) return null;
            lo = Math.Min(lo, (MinInt - (long)z) << shift);
            hi = Math.Max(hi, (MaxInt - (long)z) << shift);
        }
        var signed = lo < 0;
        var width = signed ? Math.Max(BitLength(hi), BitLength(-lo - 1)) + 1 : Math.Max(BitLength(hi), 1);
        return width > MaxBitWidth ? null : new FixedType(width, width + minExp!.Value, signed);
    }

    /// <summary>For each element of a tensor of shape <paramref name="dims"/>, the index of its scale and zero point.</summary>
    public int[] ParameterIndex(OnnxNode node, long[] dims)
    {
        var size = (int)dims.Aggregate(1L, (p, d) => p * d);
        var index = new int[size];
        var pDims = Scale.Size >= ZeroPoint.Size ? Scale.Dims : ZeroPoint.Dims;
        if (Scale.Size > 1 && ZeroPoint.Size > 1 && !Scale.Dims.SequenceEqual(ZeroPoint.Dims))
        {
            throw node.Error($"{Origin} has scale of shape {Scale.ShapeText} and zero point of shape {ZeroPoint.ShapeText}; they must match");
        }
        if (Math.Max(Scale.Size, ZeroPoint.Size) == 1) return index;
        if (pDims.Length > dims.Length) throw node.Error($"{Origin}: parameters of shape [{string.Join(",", pDims)}] do not broadcast to [{string.Join(",", dims)}]");
        var padded = Enumerable.Repeat(1L, dims.Length - pDims.Length).Concat(pDims).ToArray();
        for (var a = 0; a < dims.Length; a++)
        {
            if (padded[a] != 1 && padded[a] != dims[a]) throw node.Error($"{Origin}: parameters of shape [{string.Join(",", pDims)}] do not broadcast to [{string.Join(",", dims)}]");
        }
        var idx = new long[dims.Length];
        for (var i = 0; i < size; i++)
        {
            long p = 0;
            for (var a = 0; a < dims.Length; a++) p = p * padded[a] + (padded[a] == 1 ? 0 : idx[a]);
            index[i] = (int)p;
            for (var a = dims.Length - 1; a >= 0; a--)
            {
                if (++idx[a] < dims[a]) break;
                idx[a] = 0;
            }
        }
        return index;
    }

    /// <summary>e when <paramref name="s"/> = 2^e exactly, else null.</summary>
    public static int? Log2Exact(double s)
    {
        if (!(s > 0) || double.IsInfinity(s)) return null;
        var e = Math.ILogB(s);
        return Math.ScaleB(1.0, e) == s ? e : null;
    }

    /// <summary>Bits of the unsigned magnitude <paramref name="v"/> (0 for 0).</summary>
    private static int BitLength(long v) => v <= 0 ? 0 : 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)v);

    public static string Text(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
