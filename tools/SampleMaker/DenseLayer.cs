namespace Hls4Net.SampleMaker;

/// <summary>y = act(bn(x·W + b)); W is [nIn, nOut] row-major. The optional batch norm uses frozen statistics.</summary>
internal sealed class DenseLayer
{
    public DenseLayer(int nIn, int nOut, string activation, bool batchNorm, SplitMix64 rng)
    {
        NIn = nIn;
        NOut = nOut;
        Activation = activation;
        var limit = Math.Sqrt(6.0 / (nIn + nOut)); // Glorot uniform
        W = Enumerable.Range(0, nIn * nOut).Select(_ => rng.Uniform(-limit, limit)).ToArray();
        B = new double[nOut];
        if (batchNorm)
        {
            Gamma = Enumerable.Repeat(1.0, nOut).ToArray();
            Beta = new double[nOut];
            Mean = new double[nOut];
            Var = Enumerable.Repeat(1.0, nOut).ToArray();
        }
    }

    public const double Epsilon = 1e-3;

    public int NIn { get; }

    public int NOut { get; }

    /// <summary>relu, tanh, softmax or sigmoid.</summary>
    public string Activation { get; }

    public double[] W { get; }

    public double[] B { get; }

    public double[]? Gamma { get; }

    public double[]? Beta { get; }

    public double[]? Mean { get; }

    public double[]? Var { get; }

    /// <summary>Pre-activation x·W + b.</summary>
    public double[] Linear(double[] x)
    {
        var z = (double[])B.Clone();
        for (var i = 0; i < NIn; i++)
        {
            for (var j = 0; j < NOut; j++) z[j] += x[i] * W[i * NOut + j];
        }
        return z;
    }

    /// <summary>Batch norm with the frozen statistics (identity without one); also returns the normalized x̂.</summary>
    public double[] Normalize(double[] z, out double[] xhat)
    {
        xhat = z;
        if (Gamma is null) return z;
        xhat = z.Select((v, j) => (v - Mean![j]) / Math.Sqrt(Var![j] + Epsilon)).ToArray();
        var xh = xhat;
        return xh.Select((v, j) => Gamma[j] * v + Beta![j]).ToArray();
    }

    public double[] Activate(double[] u)
    {
        switch (Activation)
        {
            case "relu": return u.Select(v => Math.Max(0, v)).ToArray();
            case "tanh": return u.Select(Math.Tanh).ToArray();
            case "sigmoid": return u.Select(v => 1 / (1 + Math.Exp(-v))).ToArray();
            default:
                var max = u.Max();
                var e = u.Select(v => Math.Exp(v - max)).ToArray();
                var sum = e.Sum();
                return e.Select(v => v / sum).ToArray();
        }
    }

    /// <summary>d act / d u as a function of the output a (hidden activations only).</summary>
    public double Derivative(double a) => Activation == "relu" ? (a > 0 ? 1 : 0) : 1 - a * a;
}
