using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Keras.QKeras;

/// <summary>
/// QKeras quantized_bits with alpha other than 1, factored the way hls4ml's ApplyAlpha does: the layer keeps weights on the
/// quantizer's own grid (exactly representable in its type) and a per-channel scale is applied after it. QKeras computes,
/// with m = 2^(bits-keep_negative), m_i = 2^integer and channels on the last axis:
/// a number alpha: w_q = alpha·quantized_bits(w), so grid = quantized_bits(w) and scale = alpha;
/// "auto"/"auto_po2" (symmetric): x = w/m_i, levels = 2·(2^(bits-1)-1), s = 2·max|x|/levels per channel; z = sign(x)·min(floor(|x|/s+0.5), levels/2);
/// for auto_po2 s starts at 2^round(log2(s+ε)) and is refined 5 times: z from s, then s = 2^round(log2(mean(x·z)/(mean(z·z)+ε)+ε)) (ε = 1e-7);
/// w_q = m_i·z·s, so grid = m_i·z/m and scale = s·m.
/// </summary>
public sealed class AlphaScaledQuantizer
{
    private const double Epsilon = 1e-7;
    private readonly int _bits;
    private readonly int _integer;
    private readonly string? _auto;
    private readonly double _alpha;
    private readonly QuantizedBitsQuantizer _grid;

    public AlphaScaledQuantizer(int bits, int integer, bool symmetric, bool keepNegative, string alpha)
    {
        _bits = bits;
        _integer = integer;
        if (alpha is "auto" or "auto_po2")
        {
            if (!keepNegative) throw new ModelLoadException($"quantized_bits alpha='{alpha}' with keep_negative=False is not supported");
            _auto = alpha;
            symmetric = true; // QKeras forces symmetric for auto scales
        }
        else if (!double.TryParse(alpha, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _alpha))
        {
            throw new ModelLoadException($"quantized_bits alpha={alpha} is not supported (a number, 'auto' or 'auto_po2' is expected)");
        }
        _grid = new QuantizedBitsQuantizer(bits, integer, symmetric, keepNegative);
    }

    /// <summary>The type of the grid weights (the quantizer's type with alpha = 1).</summary>
    public FixedType GridType => _grid.Type;

    /// <summary>True when the scales are powers of two (auto_po2, or a power-of-two number).</summary>
    public bool PowerOfTwoScales => _auto == "auto_po2" || (_auto is null && _alpha > 0 && Math.Log2(_alpha) % 1 == 0);

    /// <summary>The grid weights (same shape) and one scale per output channel (last axis).</summary>
    public (ConstTensor Grid, float[] Scale) Factor(ConstTensor w)
    {
        var channels = w.Shape.Dims[^1];
        if (_auto is null)
        {
            return (new ConstTensor(w.Shape, w.Data.Select(v => (float)_grid.Quantize(v)).ToArray()), Enumerable.Repeat((float)_alpha, channels).ToArray());
        }
        double m = Math.Pow(2, _bits - 1), mi = Math.Pow(2, _integer);
        double levels = 2 * (Math.Pow(2, _bits - 1) - 1);
        var grid = new float[w.Size];
        var scales = new float[channels];
        var rows = w.Size / channels;
        for (var c = 0; c < channels; c++)
        {
            var x = new double[rows];
            for (var r = 0; r < rows; r++) x[r] = w.Data[r * channels + c] / mi;
            var s = x.Max(Math.Abs) * 2 / levels;
            var z = new double[rows];
            if (_auto == "auto_po2")
            {
                s = Po2(s);
                for (var iteration = 0; iteration < 5; iteration++)
                {
                    Levels(x, s, levels, z);
                    double qx = 0, qq = 0;
                    for (var r = 0; r < rows; r++)
                    {
                        qx += x[r] * z[r];
                        qq += z[r] * z[r];
                    }
                    s = Po2(qx / rows / (qq / rows + Epsilon));
                }
            }
            else
            {
                Levels(x, s, levels, z);
            }
            for (var r = 0; r < rows; r++) grid[r * channels + c] = (float)(mi * z[r] / m);
            scales[c] = (float)(s * m);
        }
        return (new ConstTensor(w.Shape, grid), scales);
    }

    /// <summary>A signed type that holds every scale exactly (powers of two only).</summary>
    public static FixedType ScaleType(IEnumerable<float> scales)
    {
        var exponents = scales.Select(s => (int)Math.Round(Math.Log2(s))).ToList();
        int lo = Math.Min(exponents.Min(), 0), hi = Math.Max(exponents.Max(), 0);
        return new FixedType(hi + 2 + -lo, hi + 2, true);
    }

    private static void Levels(double[] x, double s, double levels, double[] z)
    {
        for (var r = 0; r < x.Length; r++)
        {
            var v = Math.Floor(Math.Abs(x[r]) / s + 0.5);
            z[r] = Math.Sign(x[r]) * (v < levels / 2 ? v : levels / 2);
        }
    }

    private static double Po2(double s) => Math.Pow(2, Math.Round(Math.Log(s + Epsilon) / Math.Log(2), MidpointRounding.ToEven));
}
