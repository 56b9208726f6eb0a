using System.Globalization;
using System.Text.RegularExpressions;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Estimation.Tests.Calibration;

/// <summary>
/// Rebuilds the network of a synthesis-reports.csv row from its <c>architecture</c> text (e.g.
/// <c>dense(10&gt;32,zeros=155) relu(32) dense(32&gt;1) sigmoid(1)</c>) with hls4ml's defaults at one precision: every
/// value, weight, bias and accumulator of that type, tables ap_fixed&lt;18,8&gt; × 1024. The trained weights are not
/// published, so weights are drawn from Keras' lecun_uniform (or the RandomUniform the row names) with a seed per row,
/// and exactly <c>zeros=</c> of them are set to 0. Returns null for an architecture with a token it does not know.
/// </summary>
public static partial class ArchitectureGraphBuilder
{
    private static readonly FixedType TableType = FixedType.Parse("ap_fixed<18,8>");

    public static Graph? Build(string architecture, FixedType precision, Strategy strategy, int reuseFactor, int seed)
    {
        var rng = new Random(seed);
        var graph = new Graph("row");
        Value? current = null;
        var i = 0;
        foreach (var raw in architecture.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // zeropad*: the next convolution's in= carries the padded size (a ZeroPad node is inserted there).
            if (raw.StartsWith("zeropad", StringComparison.Ordinal)) continue;
            var token = raw.Contains('(', StringComparison.Ordinal) ? raw : raw + "()";
            var name = $"l{i++}";
            var op = Op(token, current, rng, out var input);
            if (op is null) return null;
            if (current is null)
            {
                current = new Value("input", input ?? new Shape(1));
                graph.Inputs.Add(current);
            }
            if (op is DenseOp && current.Shape.Rank > 1) current = graph.Add(name + "_flat", new FlattenOp(), current).Output;
            if (op is DenseOp d2 && current.Shape.Size != d2.InputSize) return null;
            if (input is not null && !input.Equals(current.Shape))
            {
                if (input.Rank != current.Shape.Rank || input.Size < current.Shape.Size) return null;
                var before = Enumerable.Range(0, input.Rank - 1).Select(a => (input[a] - current.Shape[a]) / 2).ToArray();
                var after = Enumerable.Range(0, input.Rank - 1).Select(a => input[a] - current.Shape[a] - before[a]).ToArray();
                current = graph.Add(name + "_pad", new ZeroPadOp(before, after), current).Output;
                if (!current.Shape.Equals(input)) return null;
            }
            try
            {
                current = graph.Add(name, op, current).Output;
            }
            catch (GraphException)
            {
                return null;
            }
        }
        if (current is null) return null;
        graph.Outputs.Add(current);
        foreach (var v in graph.Inputs) v.Type = precision;
        foreach (var node in graph.Nodes)
        {
            node.Output.Type = precision;
            node.Precision = new LayerPrecision(precision, precision, precision, TableType, TableType, TableType, 1024);
            node.Hardware = new LayerHardware(strategy, reuseFactor);
        }
        return graph;
    }

    private static Op? Op(string token, Value? current, Random rng, out Shape? input)
    {
        input = null;
        var m = TokenPattern().Match(token);
        if (!m.Success) return null;
        var kind = m.Groups["kind"].Value;
        var args = Args(m.Groups["args"].Value);
        if (!args.ContainsKey("in") && current is not null) args["in"] = string.Join("x", current.Shape.Dims);
        if (BareDims().IsMatch(m.Groups["args"].Value)) args["p"] = m.Groups["args"].Value;
        var size = current?.Shape.Size ?? Int(args, "n", m.Groups["args"].Value);
        switch (kind)
        {
            case "dense":
            {
                var io = DenseSize().Match(m.Groups["args"].Value);
                if (!io.Success) return null;
                var nIn = int.Parse(io.Groups[1].Value, CultureInfo.InvariantCulture);
                var nOut = int.Parse(io.Groups[2].Value, CultureInfo.InvariantCulture);
                if (current is null) input = new Shape(nIn);
                var (lo, hi) = m.Groups["args"].Value.Contains("RandomUniform(1,10)", StringComparison.Ordinal) ? (1.0, 10.0) : Lecun(nIn);
                return new DenseOp(Weights(rng, [nIn, nOut], lo, hi, args), Zeros(nOut));
            }
            case "flatten": return new FlattenOp();
            case "relu": return new ActivationOp(ActivationKind.Relu);
            case "sigmoid": return new ActivationOp(ActivationKind.Sigmoid);
            case "tanh": return new ActivationOp(ActivationKind.Tanh);
            case "softmax": return new SoftmaxOp();
            case "elu": return new ActivationOp(ActivationKind.Elu, alpha: Double(args, "alpha", 1));
            case "leaky_relu": return new ActivationOp(ActivationKind.LeakyRelu, alpha: Double(args, "alpha", 0.3));
            case "prelu":
            {
                var channels = current?.Shape[current.Shape.Rank - 1] ?? size;
                return new PReluOp(new ConstTensor(new Shape(channels), Enumerable.Repeat((float)Double(args, "alpha", 0), channels).ToArray()));
            }
            case "bn":
            {
                var channels = current?.Shape[current.Shape.Rank - 1] ?? size;
                var scale = Enumerable.Range(0, channels).Select(_ => (float)(0.5 + rng.NextDouble())).ToArray();
                return new BatchNormOp(new ConstTensor(new Shape(channels), scale), Zeros(channels));
            }
            case "conv1d" or "dwconv1d" or "pwconv1d":
            {
                var inDims = Dims(args, "in");
                if (inDims is not [var l, var c]) return null;
                input = new Shape(l, c);
                var k = kind == "pwconv1d" ? 1 : Int(args, "k", "1");
                var s = args.TryGetValue("s", out var st) ? int.Parse(st, CultureInfo.InvariantCulture) : 1;
                var outL = args.TryGetValue("out", out var o) ? int.Parse(o, CultureInfo.InvariantCulture) : (l - k) / s + 1;
                var pad = Math.Max(0, (outL - 1) * s + k - l);
                if (kind == "dwconv1d")
                {
                    return new DepthwiseConv1DOp(Weights(rng, [k, c, 1], -Lecun(k).Hi, Lecun(k).Hi, args), Zeros(c), s, pad / 2, pad - pad / 2);
                }
                var f = Int(args, "f", "1");
                return new Conv1DOp(Weights(rng, [k, c, f], -Lecun(k * c).Hi, Lecun(k * c).Hi, args), Zeros(f), s, pad / 2, pad - pad / 2);
            }
            case "conv2d" or "dwconv2d" or "pwconv2d":
            {
                var inDims = Dims(args, "in");
                if (inDims is not [var h, var w, var c]) return null;
                input = new Shape(h, w, c);
                var kd = kind == "pwconv2d" ? [1, 1] : Dims(args, "k") ?? [1, 1];
                var sd = Dims(args, "s") ?? [1, 1];
                var od = Dims(args, "out") ?? [(h - kd[0]) / sd[0] + 1, (w - kd[1]) / sd[1] + 1];
                var ph = Math.Max(0, (od[0] - 1) * sd[0] + kd[0] - h);
                var pw = Math.Max(0, (od[1] - 1) * sd[1] + kd[1] - w);
                var padding = new Padding2D(ph / 2, ph - ph / 2, pw / 2, pw - pw / 2);
                if (kind == "dwconv2d")
                {
                    var fan = kd[0] * kd[1];
                    return new DepthwiseConv2DOp(Weights(rng, [kd[0], kd[1], c, 1], -Lecun(fan).Hi, Lecun(fan).Hi, args), Zeros(c), (sd[0], sd[1]), padding, (1, 1));
                }
                var f = Int(args, "f", "1");
                var fanIn = kd[0] * kd[1] * c;
                return new Conv2DOp(Weights(rng, [kd[0], kd[1], c, f], -Lecun(fanIn).Hi, Lecun(fanIn).Hi, args), Zeros(f), (sd[0], sd[1]), padding, (1, 1));
            }
            case "maxpool1d" or "averagepool1d":
            {
                if (Dims(args, "in") is not [var l, var c]) return null;
                input = new Shape(l, c);
                var p = Int(args, "p", "2");
                var s = args.TryGetValue("s", out var st) ? int.Parse(st, CultureInfo.InvariantCulture) : p;
                var outL = args.TryGetValue("out", out var o) ? int.Parse(o, CultureInfo.InvariantCulture) : (l - p) / s + 1;
                var pad = Math.Max(0, (outL - 1) * s + p - l);
                return new Pool1DOp(kind.StartsWith("max", StringComparison.Ordinal) ? PoolKind.Max : PoolKind.Average, p, s, pad / 2, pad - pad / 2);
            }
            case "maxpool2d" or "averagepool2d":
            {
                if (Dims(args, "in") is not [var h, var w, var c]) return null;
                input = new Shape(h, w, c);
                var pd = Dims(args, "p") ?? [2, 2];
                var sd = Dims(args, "s") ?? pd;
                var od = Dims(args, "out") ?? [(h - pd[0]) / sd[0] + 1, (w - pd[1]) / sd[1] + 1];
                var ph = Math.Max(0, (od[0] - 1) * sd[0] + pd[0] - h);
                var pw = Math.Max(0, (od[1] - 1) * sd[1] + pd[1] - w);
                return new Pool2DOp(kind.StartsWith("max", StringComparison.Ordinal) ? PoolKind.Max : PoolKind.Average, (pd[0], pd[1]), (sd[0], sd[1]),
                    new Padding2D(ph / 2, ph - ph / 2, pw / 2, pw - pw / 2));
            }
            case "globalmaxpool1d" or "globalaveragepool1d":
            {
                if (Dims(args, "in") is not [var l, var c]) return null;
                input = new Shape(l, c);
                return new GlobalPoolOp(kind.StartsWith("globalmax", StringComparison.Ordinal) ? PoolKind.Max : PoolKind.Average);
            }
            default:
                return null;
        }
    }

    private static (double Lo, double Hi) Lecun(int fanIn)
    {
        var limit = Math.Sqrt(3.0 / Math.Max(1, fanIn));
        return (-limit, limit);
    }

    private static ConstTensor Weights(Random rng, int[] dims, double lo, double hi, Dictionary<string, string> args)
    {
        var shape = new Shape(dims);
        var data = new float[shape.Size];
        for (var k = 0; k < data.Length; k++) data[k] = (float)(lo + (hi - lo) * rng.NextDouble());
        if (args.TryGetValue("zeros", out var z) && int.TryParse(z, CultureInfo.InvariantCulture, out var zeros))
        {
            foreach (var k in Enumerable.Range(0, data.Length).OrderBy(_ => rng.Next()).Take(Math.Min(zeros, data.Length))) data[k] = 0;
        }
        return new ConstTensor(shape, data);
    }

    private static ConstTensor Zeros(int n) => new(new Shape(n), new float[n]);

    private static Dictionary<string, string> Args(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match a in ArgPattern().Matches(text)) result[a.Groups[1].Value] = a.Groups[2].Value;
        return result;
    }

    private static int[]? Dims(Dictionary<string, string> args, string key) =>
        args.TryGetValue(key, out var v) ? v.Split('x').Select(t => int.TryParse(t, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray() is var d && d.All(n => n > 0) ? d : null : null;

    private static int Int(Dictionary<string, string> args, string key, string fallback) =>
        int.TryParse(args.GetValueOrDefault(key, fallback), CultureInfo.InvariantCulture, out var n) ? n : 1;

    private static double Double(Dictionary<string, string> args, string key, double fallback) =>
        double.TryParse(args.GetValueOrDefault(key, ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    [GeneratedRegex(@"^(?<kind>[a-z0-9_]+)(\((?<args>[^)]*(\([^)]*\))?[^)]*)\))(\([0-9]+\))?$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"([a-z_]+)=([A-Za-z0-9.x_\-]+)")]
    private static partial Regex ArgPattern();

    [GeneratedRegex(@"^[0-9]+(x[0-9]+)*$")]
    private static partial Regex BareDims();

    [GeneratedRegex(@"^([0-9]+)>([0-9]+)")]
    private static partial Regex DenseSize();
}
