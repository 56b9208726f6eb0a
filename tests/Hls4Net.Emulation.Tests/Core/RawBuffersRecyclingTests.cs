using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Ops;
using static Hls4Net.Emulation.Tests.Core.TestNodes;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>
/// Recycled output arrays (<see cref="RawBuffers"/>): one interpreter run many times on batches of changing sizes and
/// scales gives exactly the outputs, quantized inputs and per-node counts of a fresh interpreter that allocates every
/// result (a traced run, the reference path), and results returned earlier are never overwritten by later runs; a
/// conv chain covers a rented conv result and a flatten that shares its input's array.
/// </summary>
public sealed class RawBuffersRecyclingTests
{
    private static readonly string[] Accums = ["ap_fixed<16,6>", "ap_fixed<18,8,AP_RND,AP_SAT>", "ap_fixed<40,14>", "ap_fixed<12,5>"];
    private static readonly string[] Results = ["ap_fixed<16,6>", "ap_fixed<10,4,AP_RND,AP_SAT>", "ap_ufixed<12,5>", "ap_fixed<8,3>"];

    /// <summary>
    /// x[16] -> dense -> bias -> relu -> dense -> bias -> linear (a graph output, also read further) -> dense -> y, the
    /// ONNX MatMul/Add/Relu split of the benchmark model, with random weights (a third of them zero) and random types.
    /// </summary>
    private static Graph RandomChain(Random rng)
    {
        var g = new Graph("chain");
        var x = new Value("x", new Shape(16)) { Type = T(rng.Next(2) == 0 ? "ap_fixed<16,6>" : "ap_fixed<12,4,AP_RND,AP_SAT>") };
        g.Inputs.Add(x);
        var a = Layer(g, rng, "fc1", x, 16, 20, relu: true);
        var b = Layer(g, rng, "fc2", a, 20, 12, relu: false);
        g.Outputs.Add(b);
        var fc3 = g.Add("fc3", RandomDense(rng, 12, 5), b);
        Type(fc3, rng);
        g.Outputs.Add(fc3.Output);
        return g;
    }

    /// <summary>
    /// x[8,8,1] -> Conv2D (2 filters, 3x3, same padding: the im2col lane path, whose result is rented) -> relu -> flatten
    /// (usually of the same type, which shares the relu's array; sometimes a graph output) -> dense -> y.
    /// </summary>
    private static Graph RandomConvChain(Random rng)
    {
        var g = new Graph("conv");
        var x = new Value("x", new Shape(8, 8, 1)) { Type = T("ap_fixed<16,6>") };
        g.Inputs.Add(x);
        var w = Enumerable.Range(0, 18).Select(_ => rng.Next(3) == 0 ? 0f : (float)Math.Round((rng.NextDouble() * 2 - 1) * 64) / 32).ToArray();
        var b = Enumerable.Range(0, 2).Select(_ => (float)Math.Round((rng.NextDouble() * 2 - 1) * 32) / 16).ToArray();
        var conv = g.Add("conv", new Conv2DOp(new ConstTensor(new Shape(3, 3, 1, 2), w), new ConstTensor(new Shape(2), b), (1, 1), new Padding2D(1, 1, 1, 1), (1, 1)), x);
        Type(conv, rng);
        var act = g.Add("conv_relu", new ActivationOp(ActivationKind.Relu), conv.Output);
        act.Output.Type = T(Results[rng.Next(Results.Length)]);
        var flat = g.Add("flatten", new FlattenOp(), act.Output);
        flat.Output.Type = rng.Next(4) == 0 ? T(Results[rng.Next(Results.Length)]) : act.Output.Type;
        if (rng.Next(3) == 0) g.Outputs.Add(flat.Output);
        var fc = g.Add("fc", RandomDense(rng, 128, 5), flat.Output);
        Type(fc, rng);
        g.Outputs.Add(fc.Output);
        return g;
    }

    private static Value Layer(Graph g, Random rng, string name, Value input, int nIn, int nOut, bool relu)
    {
        var fc = g.Add(name, RandomDense(rng, nIn, nOut), input);
        Type(fc, rng);
        var bias = Enumerable.Range(0, nOut).Select(_ => (float)Math.Round((rng.NextDouble() * 2 - 1) * 64) / 16).ToArray();
        var add = g.Add(name + "_bias", new BiasAddOp(new ConstTensor(new Shape(nOut), bias)), fc.Output);
        add.Output.Type = T(Results[rng.Next(Results.Length)]);
        add.Precision = new LayerPrecision(Bias: T("ap_fixed<10,4>"));
        var act = g.Add(name + "_act", new ActivationOp(relu ? ActivationKind.Relu : ActivationKind.Linear), add.Output);
        act.Output.Type = T(Results[rng.Next(Results.Length)]);
        return act.Output;
    }

    private static DenseOp RandomDense(Random rng, int nIn, int nOut)
    {
        var w = new float[nIn, nOut];
        for (var i = 0; i < nIn; i++)
            for (var j = 0; j < nOut; j++)
                w[i, j] = rng.Next(3) == 0 ? 0f : (float)Math.Round((rng.NextDouble() * 2 - 1) * 64) / 32;
        var b = Enumerable.Range(0, nOut).Select(_ => (float)Math.Round((rng.NextDouble() * 2 - 1) * 32) / 16).ToArray();
        return Dense(w, b);
    }

    private static void Type(Node dense, Random rng)
    {
        dense.Output.Type = T(Results[rng.Next(Results.Length)]);
        dense.Precision = new LayerPrecision(Weight: T("ap_fixed<8,3>"), Bias: T("ap_fixed<8,3>"), Accum: T(Accums[rng.Next(Accums.Length)]));
    }

    private static double[] RandomInputs(Random rng, int values, double scale) =>
        Enumerable.Range(0, values).Select(_ => (rng.NextDouble() * 2 - 1) * scale).ToArray();

    [Fact]
    public void RecycledRunsEqualFreshRunsAndNeverTouchReturnedResults()
    {
        var rng = new Random(20261203);
        for (var model = 0; model < 24; model++)
        {
            var g = model % 2 == 0 ? RandomChain(rng) : RandomConvChain(rng);
            var width = g.Inputs[0].Shape.Size;
            var interpreter = new Interpreter(StandardOps.Create().Kernels());
            var kept = new List<(InterpreterResult Recycled, InterpreterResult Fresh, int Batch)>();
            foreach (var batch in new[] { 40, 40, 17, 40, 8, 16, 40, 3, 40 })
            {
                var data = RandomInputs(rng, batch * width, Math.Pow(2, rng.Next(-2, 5)));
                var recycled = interpreter.Run(g, [data], batch);
                var fresh = new Interpreter(StandardOps.Create().Kernels()).Run(g, [data], batch, trace: true);
                AssertSame(g, fresh, recycled, $"model {model}, batch {batch}");
                kept.Add((recycled, fresh, batch));
            }
            foreach (var (recycled, fresh, batch) in kept) AssertSame(g, fresh, recycled, $"model {model}, kept batch of {batch}");
        }
    }

    [Fact]
    public void ParallelRecycledRunsEqualFreshRuns()
    {
        var rng = new Random(7);
        var g = RandomChain(rng);
        var parallel = new ParallelInterpreter(new Interpreter(StandardOps.Create().Kernels()), 2);
        var kept = new List<(InterpreterResult Recycled, InterpreterResult Fresh)>();
        foreach (var batch in new[] { 300, 129, 300, 300, 200 })
        {
            var data = RandomInputs(rng, batch * 16, Math.Pow(2, rng.Next(-2, 5)));
            var recycled = parallel.Run(g, [data], batch);
            var fresh = new Interpreter(StandardOps.Create().Kernels()).Run(g, [data], batch, trace: true);
            AssertSame(g, fresh, recycled, $"batch {batch}");
            kept.Add((recycled, fresh));
        }
        foreach (var (recycled, fresh) in kept) AssertSame(g, fresh, recycled, "kept batch");
    }

    private static void AssertSame(Graph g, InterpreterResult expected, InterpreterResult actual, string what)
    {
        for (var k = 0; k < expected.Outputs.Count; k++)
        {
            Assert.True(expected.Outputs[k].Raw.AsSpan().SequenceEqual(actual.Outputs[k].Raw), $"{what}: output {k} differs");
        }
        Assert.True(expected.Inputs[0].Raw.AsSpan().SequenceEqual(actual.Inputs[0].Raw), $"{what}: quantized input differs");
        Assert.Equal(expected.InputOverflow[0].Overflows, actual.InputOverflow[0].Overflows);
        foreach (var node in g.Nodes)
        {
            Assert.True(expected.Overflow[node].Stores == actual.Overflow[node].Stores, $"{what}: {node.Name} stores");
            Assert.True(expected.Overflow[node].Overflows == actual.Overflow[node].Overflows, $"{what}: {node.Name} overflows");
        }
    }
}
