using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Emulation.Float;

/// <summary>The float reference of the built-in ops, in double arithmetic without any quantization.</summary>
public static class FloatOps
{
    /// <summary>y = x·W + b on the last axis; per output the bias first, then the products in input order.</summary>
    public static double[] Dense(ConstTensor weights, ConstTensor? bias, double[] x)
    {
        int nIn = weights.Shape[0], nOut = weights.Shape[1];
        int rows = x.Length / nIn;
        var y = new double[rows * nOut];
        var w = weights.Data;
        for (var r = 0; r < rows; r++)
        {
            var acc = y.AsSpan(r * nOut, nOut);
            if (bias is not null)
            {
                for (var j = 0; j < nOut; j++) acc[j] = bias.Data[j];
            }
            for (var i = 0; i < nIn; i++)
            {
                var xi = x[r * nIn + i];
                for (var j = 0; j < nOut; j++) acc[j] += xi * w[i * nOut + j];
            }
        }
        return y;
    }

    /// <summary>y = x + b[c] with c the last-axis index.</summary>
    public static double[] BiasAdd(ConstTensor bias, double[] x) => PerChannel(x, bias.Size, (v, c) => v + bias.Data[c]);

    /// <summary>y = x·scale[c] + shift[c] with c the last-axis index.</summary>
    public static double[] BatchNorm(BatchNormOp op, double[] x) =>
        PerChannel(x, op.Scale.Size, (v, c) => v * op.Scale.Data[c] + op.Shift.Data[c]);

    /// <summary>PReLU with slopes broadcast over the last axis (or one slope, or one per element).</summary>
    public static double[] PRelu(PReluOp op, double[] x, int sampleSize)
    {
        var y = new double[x.Length];
        int n = op.Alpha.Size;
        for (var i = 0; i < x.Length; i++) y[i] = x[i] > 0 ? x[i] : x[i] * op.Alpha.Data[(i % sampleSize) % n];
        return y;
    }

    /// <summary>
    /// Softmax over each run of <paramref name="n"/> values (the last axis), max-subtracted; with
    /// <paramref name="zeroMasked"/> (ONNX-ML's SOFTMAX_ZERO) an input that is exactly 0 gives 0 and is left out of the
    /// sum (a row of zeros gives zeros; ONNX Runtime treats |x| ≤ 1e-7 as zero and divides 0 by 0 there).
    /// </summary>
    public static double[] Softmax(double[] x, int n, bool zeroMasked = false)
    {
        var y = new double[x.Length];
        for (var start = 0; start < x.Length; start += n)
        {
            var max = double.NegativeInfinity;
            for (var i = 0; i < n; i++) max = Math.Max(max, x[start + i]);
            var sum = 0.0;
            for (var i = 0; i < n; i++) sum += y[start + i] = zeroMasked && x[start + i] == 0 ? 0 : Math.Exp(x[start + i] - max);
            if (sum == 0) continue;
            for (var i = 0; i < n; i++) y[start + i] /= sum;
        }
        return y;
    }

    /// <summary>hls4ml's argmax softmax in float: per row of <paramref name="n"/>, 1 at the first maximum and 0 elsewhere.</summary>
    public static double[] OneHotArgmax(double[] x, int n)
    {
        var y = new double[x.Length];
        for (var start = 0; start < x.Length; start += n)
        {
            var best = start;
            for (var i = start + 1; i < start + n; i++)
            {
                if (x[i] > x[best]) best = i;
            }
            y[best] = 1;
        }
        return y;
    }

    /// <summary>The exact mathematical activation for one value.</summary>
    public static double Activation(ActivationOp op, double x) => op.Function switch
    {
        ActivationKind.Linear => x,
        ActivationKind.Relu => x > 0 ? x : 0,
        ActivationKind.LeakyRelu => x > 0 ? x : x * op.Alpha,
        ActivationKind.BoundedRelu => x < op.Min ? op.Min : x > op.Max ? op.Max : x,
        ActivationKind.ThresholdedRelu => x > op.Alpha ? x : 0,
        ActivationKind.Sigmoid => 1 / (1 + Math.Exp(-x)),
        ActivationKind.HardSigmoid => Math.Clamp(op.Alpha * x + op.Beta, 0, 1),
        ActivationKind.Tanh => Math.Tanh(x),
        ActivationKind.Elu => x > 0 ? x : op.Alpha * (Math.Exp(x) - 1),
        ActivationKind.Selu => (op.Beta > 0 ? op.Beta : TableFunction.SeluScale)
            * (x > 0 ? x : (op.Alpha > 0 ? op.Alpha : TableFunction.SeluAlpha) * (Math.Exp(x) - 1)),
        ActivationKind.Softplus => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x))),
        ActivationKind.Softsign => x / (1 + Math.Abs(x)),
        ActivationKind.Probit => Core.Numerics.NormalQuantile.Of(x),
        ActivationKind.BinaryTanh => x > 0 ? 1 : -1,
        ActivationKind.TernaryTanh => x > 0.5 ? 1 : x <= -0.5 ? -1 : 0,
        _ => throw new GraphException($"activation {op.Function} has no float reference"),
    };

    private static double[] PerChannel(double[] x, int channels, Func<double, int, double> f)
    {
        var y = new double[x.Length];
        for (int i = 0, c = 0; i < x.Length; i++)
        {
            y[i] = f(x[i], c);
            if (++c == channels) c = 0;
        }
        return y;
    }
}
