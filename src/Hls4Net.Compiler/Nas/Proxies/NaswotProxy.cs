namespace Hls4Net.Nas;

/// <summary>NASWOT (Mellor et al. 2021, "Neural architecture search without training"): log|det K| of the
/// Hamming-similarity kernel of the batch's binary activation codes. Each sample's code has one bit per unit of every
/// thresholding activation layer (ReLU, tanh, sigmoid): 1 when the unit's input (pre-activation) is &gt; 0, i.e. the
/// ReLU is active (for tanh and sigmoid, the sign of the pre-activation). Linear and softmax layers give no bits.
/// K[i, j] = N_A − d_H(c_i, c_j), with N_A the code length.
/// <para>K is an integer positive semi-definite matrix of rank at most N_A + 1, so its determinant is an integer: either
/// 0 or at least 1 in magnitude. The score is −∞ when K is singular: always when N_A + 1 is below the batch size, and
/// when the Cholesky factorization in double finds a pivot ≤ 1e-9·N_A or a log-determinant below −0.5 (impossible for a
/// non-singular integer matrix); otherwise 2 Σ log L_ii.</para></summary>
public sealed class NaswotProxy : IZeroShotProxy
{
    public string Name => "naswot";

    public double Score(FloatNetwork network, ProxyBatch batch)
    {
        var k = Kernel(network, batch, out var units);
        if (units == 0 || units + 1 < batch.Count) return double.NegativeInfinity;
        return LogDeterminant.OfIntegerPsd(k, batch.Count, 1e-9 * units);
    }

    /// <summary>The kernel K (row-major, batch × batch) and the code length N_A.</summary>
    public static double[] Kernel(FloatNetwork network, ProxyBatch batch, out int units)
    {
        if (batch.SampleSize != network.InputSize)
            throw new ArgumentException($"The batch's samples have {batch.SampleSize} values, the network takes {network.InputSize}.");
        units = 0;
        for (var i = 0; i < network.Layers.Count; i++)
            if (network.Layers[i] is ActivationLayer { IsNonlinearHidden: true })
                units += network.SizeAt(i);
        var words = (units + 63) / 64;
        var n = batch.Count;
        var codes = new ulong[n * Math.Max(words, 1)];
        var acts = network.NewActivations();
        for (var s = 0; s < n; s++)
        {
            network.ForwardInto(batch.Sample(s), acts);
            var code = codes.AsSpan(s * words, words);
            var bit = 0;
            for (var i = 0; i < network.Layers.Count; i++)
            {
                if (network.Layers[i] is not ActivationLayer { IsNonlinearHidden: true }) continue;
                foreach (var v in acts[i])
                {
                    if (v > 0) code[bit >> 6] |= 1UL << (bit & 63);
                    bit++;
                }
            }
        }
        var k = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            var ci = codes.AsSpan(i * words, words);
            for (var j = 0; j <= i; j++)
            {
                var cj = codes.AsSpan(j * words, words);
                var distance = 0;
                for (var w = 0; w < words; w++) distance += System.Numerics.BitOperations.PopCount(ci[w] ^ cj[w]);
                k[i * n + j] = k[j * n + i] = units - distance;
            }
        }
        return k;
    }
}
