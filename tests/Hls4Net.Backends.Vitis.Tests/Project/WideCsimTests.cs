using System.Numerics;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;
using Hls4Net.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>
/// Types wider than 64-bit raw codes: the emulator's wide path against the g++ C simulation, bit for bit. One project,
/// two branches: an all-ap_fixed&lt;100,6&gt; Dense -> ReLU -> Dense (a wide output, printed exactly by the testbench) -> Softmax,
/// and a narrow Dense with only a wide accumulator (ap_fixed&lt;16,6&gt; result, ap_fixed&lt;80,30&gt; accum).
/// </summary>
public sealed class WideCsimTests
{
    private static DenseOp Dense(Random rng, int nIn, int nOut)
    {
        var w = Enumerable.Range(0, nIn * nOut).Select(_ => rng.Next(5) == 0 ? 0f : (float)(rng.NextDouble() * 4 - 2)).ToArray();
        var b = Enumerable.Range(0, nOut).Select(_ => (float)(rng.NextDouble() - 0.5)).ToArray();
        return new DenseOp(new ConstTensor(new Shape(nIn, nOut), w), new ConstTensor(new Shape(nOut), b));
    }

    [Fact]
    public void Wide_dense_relu_and_wide_accumulator_match_the_emulator_bit_for_bit()
    {
        var wide = FixedType.Parse("ap_fixed<100,6>");
        var narrow = FixedType.Parse("ap_fixed<16,6>");
        var rng = new Random(3);
        var g = new Graph("wide");
        var x = new Value("x", new Shape(6)) { Type = wide };
        var y = new Value("y", new Shape(5)) { Type = narrow };
        g.Inputs.Add(x);
        g.Inputs.Add(y);
        var d1 = g.Add("d1", Dense(rng, 6, 4), x);
        d1.Output.Type = wide;
        d1.Precision = new LayerPrecision(Weight: wide, Bias: wide, Accum: wide);
        var relu = g.Add("relu", new ActivationOp(ActivationKind.Relu), d1.Output);
        relu.Output.Type = wide;
        var d2 = g.Add("d2", Dense(rng, 4, 3), relu.Output);
        d2.Output.Type = wide;
        d2.Precision = new LayerPrecision(Weight: wide, Bias: wide, Accum: FixedType.Parse("ap_fixed<100,8,AP_RND,AP_SAT>"));
        g.Outputs.Add(d2.Output);
        var d3 = g.Add("d3", Dense(rng, 5, 4), y);
        d3.Output.Type = narrow;
        d3.Precision = new LayerPrecision(Weight: narrow, Bias: narrow, Accum: FixedType.Parse("ap_fixed<80,30>"));
        g.Outputs.Add(d3.Output);
        var sm = g.Add("sm", new SoftmaxOp(), d2.Output);
        sm.Output.Type = wide;
        g.Outputs.Add(sm.Output);

        const int batch = 8;
        var rows = Enumerable.Range(0, batch).Select(_ => Enumerable.Range(0, 11).Select(_ => rng.NextDouble() * 6 - 3).ToArray()).ToArray();
        var emulated = new Interpreter(StandardOps.Create().Kernels()).Run(g,
            [rows.SelectMany(r => r.Take(6)).ToArray(), rows.SelectMany(r => r.Skip(6)).ToArray()], batch);
        Assert.True(emulated.Outputs[0].IsWide);
        Assert.False(emulated.Outputs[1].IsWide);

        using var dir = new TempDir();
        var outDir = dir.Sub("p");
        new VitisBackend(StandardOps.Create().Emitters()).Write(g, TestGraphs.Config(), outDir, false, rows);
        var csim = new CsimRunner().Run(outDir, options: CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types"), warningsAsErrors: false));

        var values = csim.Values!;
        Assert.Equal(batch, values.Count);
        var beyondDouble = 0;
        for (var b = 0; b < batch; b++)
        {
            Assert.Equal(3 + 4 + 3, values[b].Length);
            for (var i = 0; i < 3; i++)
                Assert.True(values[b][7 + i].Matches(emulated.Outputs[2].At(b * 3 + i), wide), $"sample {b + 1} softmax column {i + 1}");
            for (var i = 0; i < 3; i++)
            {
                var raw = emulated.Outputs[0].At(b * 3 + i);
                Assert.True(values[b][i].IsExact, $"sample {b + 1} column {i + 1} not printed exactly");
                Assert.True(values[b][i].Matches(raw, wide), $"sample {b + 1} column {i + 1}: emulator raw {raw}, C simulation {values[b][i]}");
                if (raw.IsZero) continue;
                var odd = BigInteger.Abs(raw) >> (int)BigInteger.TrailingZeroCount(BigInteger.Abs(raw));
                if (odd.GetBitLength() > 53) beyondDouble++;
            }
            for (var i = 0; i < 4; i++)
            {
                Assert.False(values[b][3 + i].IsExact);
                Assert.True(values[b][3 + i].Matches(emulated.Outputs[1].At(b * 4 + i), narrow), $"sample {b + 1} narrow column {i + 1}");
            }
        }
        Assert.True(beyondDouble > batch, "the wide outputs should carry more bits than a double holds");
    }

    [Fact]
    public void Wide_conv_batchnorm_pool_flatten_merge_and_concat_match_the_emulator_bit_for_bit()
    {
        var wide = FixedType.Parse("ap_fixed<100,6>");
        var rng = new Random(8);
        float[] W(int n) => Enumerable.Range(0, n).Select(_ => rng.Next(5) == 0 ? 0f : (float)(rng.NextDouble() * 2 - 1)).ToArray();
        var g = new Graph("wideconv");
        var x = new Value("x", new Shape(4, 4, 2)) { Type = wide };
        var y = new Value("y", new Shape(12)) { Type = wide };
        g.Inputs.Add(x);
        g.Inputs.Add(y);
        var conv = g.Add("conv", new Conv2DOp(new ConstTensor(new Shape(3, 3, 2, 3), W(54)), new ConstTensor(new Shape(3), W(3)), (1, 1), new Padding2D(1, 1, 1, 1), (1, 1)), x);
        conv.Output.Type = wide;
        conv.Precision = new LayerPrecision(Weight: wide, Bias: wide, Accum: FixedType.Parse("ap_fixed<100,8>"));
        var bn = g.Add("bn", new BatchNormOp(new ConstTensor(new Shape(3), W(3)), new ConstTensor(new Shape(3), W(3))), conv.Output);
        bn.Output.Type = wide;
        bn.Precision = new LayerPrecision(Weight: wide, Bias: wide);
        var pool = g.Add("pool", new Pool2DOp(PoolKind.Average, (2, 2), (2, 2), Padding2D.None), bn.Output);
        pool.Output.Type = wide;
        var flat = g.Add("flat", new FlattenOp(), pool.Output);
        flat.Output.Type = wide;
        var add = g.Add("add", new ElementwiseOp(ElementwiseKind.Add), flat.Output, y);
        add.Output.Type = wide;
        var cat = g.Add("cat", new ConcatOp(0), flat.Output, y);
        cat.Output.Type = FixedType.Parse("ap_fixed<60,6,AP_RND,AP_SAT>");
        g.Outputs.Add(add.Output);
        g.Outputs.Add(cat.Output);

        const int batch = 5;
        var rows = Enumerable.Range(0, batch).Select(_ => Enumerable.Range(0, 32 + 12).Select(_ => rng.NextDouble() * 4 - 2).ToArray()).ToArray();
        var emulated = new Interpreter(StandardOps.Create().Kernels()).Run(g,
            [rows.SelectMany(r => r.Take(32)).ToArray(), rows.SelectMany(r => r.Skip(32)).ToArray()], batch);

        using var dir = new TempDir();
        var outDir = dir.Sub("p");
        new VitisBackend(StandardOps.Create().Emitters()).Write(g, TestGraphs.Config(), outDir, false, rows);
        var csim = new CsimRunner().Run(outDir, options: CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types"), warningsAsErrors: false));

        var values = csim.Values!;
        Assert.Equal(batch, values.Count);
        for (var b = 0; b < batch; b++)
        {
            Assert.Equal(12 + 24, values[b].Length);
            for (var i = 0; i < 12; i++)
                Assert.True(values[b][i].Matches(emulated.Outputs[0].At(b * 12 + i), wide), $"sample {b + 1} add column {i + 1}");
            for (var i = 0; i < 24; i++)
            {
                Assert.True(values[b][12 + i].IsExact);
                Assert.True(values[b][12 + i].Matches(emulated.Outputs[1].At(b * 24 + i), cat.Output.Type!), $"sample {b + 1} concat column {i + 1}");
            }
        }
    }
}
