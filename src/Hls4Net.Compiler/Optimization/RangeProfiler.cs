using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Ops;

namespace Hls4Net.Optimization;

/// <summary>
/// Runs a graph in float (<see cref="FloatInterpreter"/>) over a sample set and records every layer's ranges
/// (<see cref="LayerProfile"/>), keyed by layer name; graph inputs are profiled from the samples themselves.
/// </summary>
public sealed class RangeProfiler
{
    private readonly FloatInterpreter _interpreter = new(StandardOps.Create().FloatKernels());

    /// <summary>Profile <paramref name="graph"/> (single input) over <paramref name="samples"/>; also returns the float outputs.</summary>
    public (IReadOnlyDictionary<string, LayerProfile> Layers, IReadOnlyList<double[]> Outputs) Profile(Graph graph, SampleSet samples)
    {
        var batch = samples.Count;
        var input = samples.Flatten();
        var run = _interpreter.Run(graph, input, batch, trace: true);
        var values = new Dictionary<Value, double[]>(ReferenceEqualityComparer.Instance) { [graph.Inputs[0]] = input };
        var layers = new Dictionary<string, LayerProfile>(StringComparer.Ordinal);
        var inputValue = graph.Inputs[0];
        layers[inputValue.Name] = new LayerProfile(inputValue.Name, "Input", ValueRange.Of(input), Channels(input, inputValue.Shape));
        foreach (var node in graph.Nodes)
        {
            var y = run.Trace![node];
            values[node.Output] = y;
            var profile = new LayerProfile(node.Name, node.Op.Describe(), ValueRange.Of(y), Channels(y, node.Output.Shape));
            if (node.Op is DenseOp dense && values.TryGetValue(node.Inputs[0], out var x))
            {
                profile = profile with
                {
                    Weight = ValueRange.Of(dense.Weights.Data),
                    Bias = ValueRange.Of(dense.Bias.Data),
                    Accum = PartialSums(dense, x),
                };
            }
            else if (node.Op is BiasAddOp biasAdd)
            {
                profile = profile with { Bias = ValueRange.Of(biasAdd.Bias.Data) };
            }
            layers[node.Name] = profile;
        }
        return (layers, run.Outputs);
    }

    /// <summary>Per channel (index of the last axis) min and max.</summary>
    private static IReadOnlyList<ValueRange> Channels(double[] values, Shape shape)
    {
        var size = shape.Size;
        var channels = shape.Rank == 0 ? 1 : shape[shape.Rank - 1];
        if (size == 0 || channels <= 1) return [];
        var min = Enumerable.Repeat(double.PositiveInfinity, channels).ToArray();
        var max = Enumerable.Repeat(double.NegativeInfinity, channels).ToArray();
        var count = new long[channels];
        for (var i = 0; i < values.Length; i++)
        {
            var c = i % size % channels;
            min[c] = Math.Min(min[c], values[i]);
            max[c] = Math.Max(max[c], values[i]);
            count[c]++;
        }
        return Enumerable.Range(0, channels).Select(c => new ValueRange(min[c], max[c], min[c], max[c], count[c])).ToList();
    }

    /// <summary>
    /// Every value the accumulator holds: the bias, each product and each partial sum bias + Σ_{i≤k} x_i·w_ij, in the
    /// kernel's order (i ascending); min and max only (the percentiles are those of the final sums).
    /// </summary>
    private static ValueRange PartialSums(DenseOp dense, double[] x)
    {
        int nIn = dense.InputSize, nOut = dense.OutputSize;
        var rows = x.Length / nIn;
        var w = dense.Weights.Data;
        var b = dense.Bias.Data;
        double min = 0, max = 0;
        var acc = new double[nOut];
        var finals = new double[(long)rows * nOut];
        for (var r = 0; r < rows; r++)
        {
            for (var j = 0; j < nOut; j++)
            {
                acc[j] = b[j];
                min = Math.Min(min, b[j]);
                max = Math.Max(max, b[j]);
            }
            for (var i = 0; i < nIn; i++)
            {
                var xi = x[r * nIn + i];
                if (xi == 0) continue;
                for (var j = 0; j < nOut; j++)
                {
                    var p = xi * w[i * nOut + j];
                    acc[j] += p;
                    min = Math.Min(min, Math.Min(p, acc[j]));
                    max = Math.Max(max, Math.Max(p, acc[j]));
                }
            }
            Array.Copy(acc, 0, finals, (long)r * nOut, nOut);
        }
        var f = ValueRange.Of(finals);
        return new ValueRange(min, max, f.Low, f.High, f.Count);
    }
}
