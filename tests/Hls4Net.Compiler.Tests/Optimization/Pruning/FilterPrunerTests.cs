using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;
using Hls4Net.Emulation;
using Hls4Net.Emulation.Float;
using Hls4Net.Ops;
using Hls4Net.Optimization;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Optimization.Pruning;

/// <summary>
/// Structured pruning of convolutions on a hand-built Conv2D → ReLU → Conv2D: the filter whose output channel the next
/// convolution never reads is removed from both, the shrunk model computes what the unshrunk one did (float), and it
/// C-simulates bit-exact with the emulator.
/// </summary>
public sealed class FilterPrunerTests
{
    private static Graph Pair(float[] mWeights)
    {
        var g = new Graph("t");
        var x = new Value("x", new Shape(4, 4, 1));
        g.Inputs.Add(x);
        // l: 2x2 kernel, 1 → 3 filters, weights [kh, kw, cin, cout] = (r*2 + c)*3 + co.
        float[] lw = [0.5f, -1f, 0.25f, 1f, 0.5f, -0.5f, -0.25f, 2f, 0.75f, 0.125f, -1f, 1.5f];
        var l = g.Add("l", new Conv2DOp(new ConstTensor(new Shape(2, 2, 1, 3), lw), new ConstTensor(new Shape(3), [0.1f, 0.2f, -0.3f]),
            (1, 1), new Padding2D(0, 0, 0, 0), (1, 1)), x);
        var r = g.Add("r", new ActivationOp(ActivationKind.Relu), l.Output);
        // m: 2x2 kernel with padding, 3 → 2, weights ((r*2 + c)*3 + ci)*2 + co.
        var m = g.Add("m", new Conv2DOp(new ConstTensor(new Shape(2, 2, 3, 2), mWeights), new ConstTensor(new Shape(2), [0.5f, -0.5f]),
            (1, 1), new Padding2D(1, 0, 1, 0), (1, 1)), r.Output);
        g.Outputs.Add(m.Output);
        return g;
    }

    /// <summary>m's weights with input channel <paramref name="dead"/> all zero (others 0.1·(k+1)).</summary>
    private static float[] MWeights(int dead) =>
        Enumerable.Range(0, 24).Select(k => k / 2 % 3 == dead ? 0f : 0.1f * (k + 1) * (k % 3 == 0 ? -1 : 1)).ToArray();

    [Fact]
    public void AFilterTheNextConvolutionNeverReadsIsRemovedFromBoth()
    {
        var g = Pair(MWeights(1));
        var rng = new Random(3);
        var input = Enumerable.Range(0, 16 * 5).Select(_ => rng.NextDouble() * 4 - 2).ToArray();
        var interpreter = new FloatInterpreter(StandardOps.Create().FloatKernels());
        var before = interpreter.Run(g, input, 5).Outputs[0];

        var removals = FilterPruner.Apply(g);

        var removal = Assert.Single(removals);
        Assert.Equal(("l", "m", 3, 1), (removal.Layer, removal.Next, removal.OriginalOutputs, removal.Removed));
        Assert.Equal([0, 2], removal.KeptOutputs);
        var l = (Conv2DOp)g.FindNode("l")!.Op;
        var m = (Conv2DOp)g.FindNode("m")!.Op;
        Assert.Equal((2, 2), (l.OutChannels, m.InChannels));
        // l keeps columns 0 and 2 of each tap row: tap 0 was [0.5, -1, 0.25] → [0.5, 0.25].
        Assert.Equal([0.5f, 0.25f, 1f, -0.5f, -0.25f, 0.75f, 0.125f, 1.5f], l.Weights.Data);
        Assert.Equal([0.1f, -0.3f], l.Bias.Data);
        Assert.Equal(new Shape(3, 3, 2), g.FindNode("r")!.Output.Shape);
        var after = interpreter.Run(g, input, 5).Outputs[0];
        Assert.Equal(before.Length, after.Length);
        for (var i = 0; i < before.Length; i++) Assert.Equal(before[i], after[i], 12);
    }

    [Theory]
    [InlineData(IoType.IoParallel)]
    [InlineData(IoType.IoStream)]
    public void TheShrunkModelCsimulatesBitExactWithTheEmulator(IoType io)
    {
        var g = Pair(MWeights(1));
        Assert.Single(FilterPruner.Apply(g));
        var config = new ProjectConfig { ProjectName = "myproject", IoType = io, Semantics = ArithmeticSemantics.Hls4ml };
        DefaultPipeline.Create().Run(g, new PassContext(config, verifyAfterEachPass: true));
        var rng = new Random(9);
        const int samples = 40;
        var rows = Enumerable.Range(0, samples).Select(_ => Enumerable.Range(0, 16).Select(_ => Math.Round(rng.NextDouble() * 6 - 3, 4)).ToArray()).ToList();
        var dir = Directory.CreateTempSubdirectory("hls4net-filter-pruned-").FullName;
        try
        {
            var csim = CsimFlow.WriteAndSimulate(g, config, Path.Combine(dir, "p"), rows);
            var emulated = new Interpreter(StandardOps.Create().Kernels()).Run(g, rows.SelectMany(r => r).ToArray(), samples);
            var compared = CsimFlow.CompareRaw(emulated, csim.Outputs, samples);
            Assert.True(compared.Mismatches == 0, $"{compared.Mismatches} mismatching values; first: {compared.First}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void NothingIsRemovedWhenEveryChannelIsRead()
    {
        var g = Pair(MWeights(-1));
        Assert.Empty(FilterPruner.Apply(g));
        Assert.Equal(3, ((Conv2DOp)g.FindNode("l")!.Op).OutChannels);
    }
}
