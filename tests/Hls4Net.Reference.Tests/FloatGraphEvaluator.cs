using System.Buffers.Binary;
using Hls4Net.Frontends.Onnx.Proto;

namespace Hls4Net.Reference.Tests;

/// <summary>
/// Independent float reference written for the tests: evaluates a single-row MatMul/Add/Relu/Softmax graph
/// straight from the ONNX protobuf (initializers from float_data or little-endian raw_data), in double.
/// </summary>
public sealed class FloatGraphEvaluator
{
    private readonly ModelProto _model;
    private readonly Dictionary<string, (double[] Data, long[] Dims)> _initializers;

    public FloatGraphEvaluator(byte[] model)
    {
        _model = ModelProto.Parser.ParseFrom(model);
        _initializers = _model.Graph.Initializer.ToDictionary(t => t.Name, t => (Values(t), t.Dims.ToArray()));
    }

    /// <summary>Every node output for one input row, keyed by tensor name.</summary>
    public Dictionary<string, double[]> Evaluate(string inputName, float[] row)
    {
        var values = new Dictionary<string, double[]> { [inputName] = row.Select(v => (double)v).ToArray() };
        foreach (var node in _model.Graph.Node)
        {
            values[node.Output[0]] = node.OpType switch
            {
                "MatMul" => MatMul(values[node.Input[0]], _initializers[node.Input[1]]),
                "Add" => Add(Get(values, node.Input[0]), Get(values, node.Input[1])),
                "Relu" => values[node.Input[0]].Select(v => Math.Max(0, v)).ToArray(),
                "Softmax" => Softmax(values[node.Input[0]]),
                _ => throw new NotSupportedException($"test evaluator has no {node.OpType} (node {node.Name})"),
            };
        }

        return values;
    }

    private double[] Get(Dictionary<string, double[]> values, string name) =>
        values.TryGetValue(name, out var v) ? v : _initializers[name].Data;

    private static double[] MatMul(double[] row, (double[] Data, long[] Dims) w)
    {
        var (k, n) = ((int)w.Dims[0], (int)w.Dims[1]);
        Assert.Equal(k, row.Length);
        var y = new double[n];
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < k; i++)
                y[j] += row[i] * w.Data[i * n + j];
        }

        return y;
    }

    private static double[] Add(double[] a, double[] b)
    {
        Assert.Equal(a.Length, b.Length);
        return a.Select((v, i) => v + b[i]).ToArray();
    }

    private static double[] Softmax(double[] x)
    {
        var max = x.Max();
        var e = x.Select(v => Math.Exp(v - max)).ToArray();
        var sum = e.Sum();
        return e.Select(v => v / sum).ToArray();
    }

    private static double[] Values(TensorProto t)
    {
        Assert.Equal((int)TensorProto.Types.DataType.Float, t.DataType);
        if (t.FloatData.Count > 0)
            return t.FloatData.Select(v => (double)v).ToArray();
        var raw = t.RawData.ToByteArray();
        return Enumerable.Range(0, raw.Length / 4)
            .Select(i => (double)BinaryPrimitives.ReadSingleLittleEndian(raw.AsSpan(i * 4, 4))).ToArray();
    }
}
