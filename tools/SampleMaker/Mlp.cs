namespace Hls4Net.SampleMaker;

/// <summary>A small MLP trained with per-sample SGD; the output layer (softmax or sigmoid) uses cross-entropy.</summary>
internal sealed class Mlp
{
    public Mlp(IReadOnlyList<DenseLayer> layers) => Layers = layers;

    public IReadOnlyList<DenseLayer> Layers { get; }

    public double[] Predict(double[] x)
    {
        foreach (var l in Layers) x = l.Activate(l.Normalize(l.Linear(x), out _));
        return x;
    }

    /// <summary>One epoch; batch-norm statistics are re-measured on the data first and frozen during the epoch.</summary>
    public void TrainEpoch(Dataset data, double rate, SplitMix64 rng)
    {
        UpdateBatchNormStatistics(data);
        var order = Enumerable.Range(0, data.Count).ToArray();
        for (var i = order.Length - 1; i > 0; i--)
        {
            var k = rng.Next(i + 1);
            (order[i], order[k]) = (order[k], order[i]);
        }
        foreach (var n in order) Step(data.X[n], data.Y[n], rate);
    }

    public double Accuracy(Dataset data, bool multiLabel)
    {
        var good = 0;
        var total = 0;
        for (var n = 0; n < data.Count; n++)
        {
            var p = Predict(data.X[n]);
            if (multiLabel)
            {
                for (var j = 0; j < p.Length; j++, total++) good += (p[j] > 0.5) == (data.Y[n][j] > 0.5) ? 1 : 0;
            }
            else
            {
                total++;
                good += Array.IndexOf(p, p.Max()) == Array.IndexOf(data.Y[n], 1.0) ? 1 : 0;
            }
        }
        return (double)good / total;
    }

    private void UpdateBatchNormStatistics(Dataset data)
    {
        var inputs = data.X;
        foreach (var l in Layers)
        {
            var z = inputs.Select(l.Linear).ToArray();
            if (l.Mean is not null)
            {
                for (var j = 0; j < l.NOut; j++)
                {
                    var mean = z.Average(v => v[j]);
                    l.Mean[j] = mean;
                    l.Var![j] = z.Average(v => (v[j] - mean) * (v[j] - mean));
                }
            }
            inputs = z.Select(v => l.Activate(l.Normalize(v, out _))).ToArray();
        }
    }

    private void Step(double[] x, double[] y, double rate)
    {
        var inputs = new List<double[]>();
        var xhats = new List<double[]>();
        var outputs = new List<double[]>();
        foreach (var l in Layers)
        {
            inputs.Add(x);
            x = l.Activate(l.Normalize(l.Linear(x), out var xhat));
            xhats.Add(xhat);
            outputs.Add(x);
        }
        // Softmax + cross-entropy and sigmoid + binary cross-entropy both give dL/du = p - y.
        var delta = outputs[^1].Select((p, j) => p - y[j]).ToArray();
        for (var li = Layers.Count - 1; li >= 0; li--)
        {
            var l = Layers[li];
            if (li < Layers.Count - 1) delta = delta.Select((d, j) => d * l.Derivative(outputs[li][j])).ToArray();
            if (l.Gamma is not null)
            {
                for (var j = 0; j < l.NOut; j++)
                {
                    var du = delta[j];
                    delta[j] = du * l.Gamma[j] / Math.Sqrt(l.Var![j] + DenseLayer.Epsilon);
                    l.Gamma[j] -= rate * du * xhats[li][j];
                    l.Beta![j] -= rate * du;
                }
            }
            var input = inputs[li];
            var back = new double[l.NIn];
            for (var i = 0; i < l.NIn; i++)
            {
                for (var j = 0; j < l.NOut; j++)
                {
                    back[i] += delta[j] * l.W[i * l.NOut + j];
                    l.W[i * l.NOut + j] -= rate * delta[j] * input[i];
                }
            }
            for (var j = 0; j < l.NOut; j++) l.B[j] -= rate * delta[j];
            delta = back;
        }
    }
}
