using Hls4Net.Nas;

namespace Hls4Net.Compiler.Tests.Nas.Networks;

/// <summary>The seeded initializations: bounds and moments worked out by hand from the frameworks' documented rules,
/// and the published SplitMix64 stream.</summary>
public sealed class SeededInitializerTests
{
    [Fact]
    public void StreamIsSplitMix64()
    {
        // The reference outputs of SplitMix64 (Vigna's splitmix64.c) for seed 1234567.
        var rng = new SeededRandom(1234567);
        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];
        foreach (var e in expected) Assert.Equal(e, rng.NextUInt64());
    }

    [Fact]
    public void TorchDefaultDenseIsUniformOverOneOverRootFanIn()
    {
        var net = FloatNetwork.Mlp(16, [256], [ActivationKind.Relu], 5);
        new SeededInitializer(InitScheme.TorchDefault).Initialize(net, 7);
        var w = net.Weights[0]!;
        Assert.Equal(256 * 16, w.Length);
        // U(-1/4, 1/4): |w| < 0.25, mean 0, variance (1/4)^2 / 3 = 1/48; 4096 draws: sd of the mean 0.0023,
        // sd of the variance estimate about 0.0003.
        Assert.All(w, v => Assert.InRange(v, -0.25, 0.25));
        Assert.InRange(w.Average(), -0.01, 0.01);
        Assert.InRange(w.Select(v => v * v).Average(), 1 / 48.0 - 0.0015, 1 / 48.0 + 0.0015);
        Assert.True(w.Max() > 0.249 && w.Min() < -0.249);
        Assert.All(net.Biases[0]!, v => Assert.InRange(v, -0.25, 0.25));
        Assert.Contains(net.Biases[0]!, v => v != 0);
        // the output layer: fan_in 256, bound 1/16
        Assert.All(net.Weights[2]!, v => Assert.InRange(v, -1 / 16.0, 1 / 16.0));
        Assert.True(net.Weights[2]!.Max() > 0.055);
    }

    [Fact]
    public void GlorotUniformUsesBothFansAndZeroBiases()
    {
        var net = FloatNetwork.Mlp(16, [64], [ActivationKind.Tanh], 5);
        new SeededInitializer(InitScheme.GlorotUniform).Initialize(net, 3);
        var limit = Math.Sqrt(6.0 / (16 + 64)); // 0.27386
        var w = net.Weights[0]!;
        Assert.All(w, v => Assert.InRange(v, -limit, limit));
        Assert.True(w.Max() > 0.26 && w.Min() < -0.26);
        Assert.InRange(w.Select(v => v * v).Average(), limit * limit / 3 - 0.002, limit * limit / 3 + 0.002);
        Assert.All(net.Biases[0]!, v => Assert.Equal(0.0, v));
        Assert.All(net.Biases[2]!, v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void ConvolutionFansCountTheKernel()
    {
        // Conv1D 4 filters, kernel 3, on 2 channels: fan_in 2*3 = 6, fan_out 4*3 = 12 (PyTorch and Keras agree).
        var net = new FloatNetwork([2, 10], [new Conv1DLayer(4, 3), new FlattenLayer(), new DenseLayer(5)]);
        Assert.Equal((6, 12), SeededInitializer.Fans(net, 0));
        Assert.Equal((32, 5), SeededInitializer.Fans(net, 2));
        var conv2 = new FloatNetwork([3, 8, 8], [new Conv2DLayer(5, 3, 2)]);
        Assert.Equal((18, 30), SeededInitializer.Fans(conv2, 0));
        new SeededInitializer().Initialize(net, 11);
        Assert.All(net.Weights[0]!, v => Assert.InRange(v, -1 / Math.Sqrt(6), 1 / Math.Sqrt(6)));
        Assert.True(net.Weights[0]!.Max() > 0.3);
    }

    [Fact]
    public void SameSeedSameWeightsOtherSeedOtherWeights()
    {
        var net = FloatNetwork.Mlp(16, [32, 8], [ActivationKind.Relu, ActivationKind.Relu], 5);
        var init = new SeededInitializer();
        var a = init.Initialized(net, 42);
        var b = init.Initialized(net, 42);
        var c = init.Initialized(net, 43);
        for (var i = 0; i < net.Layers.Count; i++)
        {
            Assert.Equal(a.Weights[i], b.Weights[i]);
            Assert.Equal(a.Biases[i], b.Biases[i]);
        }
        Assert.NotEqual(a.Weights[0], c.Weights[0]);
        Assert.All(net.Weights[0]!, v => Assert.Equal(0.0, v)); // Initialized copies
    }

    [Fact]
    public void DrawOrderIsWeightsThenBiasesLayerByLayer()
    {
        var net = FloatNetwork.Mlp(2, [3], [ActivationKind.Relu], 1, ActivationKind.Linear);
        new SeededInitializer().Initialize(net, 99);
        var rng = new SeededRandom(99);
        var b0 = 1 / Math.Sqrt(2);
        foreach (var v in net.Weights[0]!) Assert.Equal(rng.NextSymmetric(b0), v);
        foreach (var v in net.Biases[0]!) Assert.Equal(rng.NextSymmetric(b0), v);
        var b1 = 1 / Math.Sqrt(3);
        foreach (var v in net.Weights[2]!) Assert.Equal(rng.NextSymmetric(b1), v);
    }

    [Fact]
    public void GaussianBatchHasUnitMoments()
    {
        var batch = ProxyBatch.Gaussian([16], 500, 5);
        var all = Enumerable.Range(0, batch.Count).SelectMany(i => batch.Sample(i).ToArray()).ToArray();
        Assert.Equal(8000, all.Length);
        Assert.InRange(all.Average(), -0.04, 0.04); // sd of the mean 0.011
        Assert.InRange(all.Select(v => v * v).Average(), 0.95, 1.05); // sd 0.016
        Assert.Equal(ProxyBatch.Gaussian([16], 500, 5).Sample(3).ToArray(), batch.Sample(3).ToArray());
    }
}
