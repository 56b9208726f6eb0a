using Hls4Net.Nas;

namespace Hls4Net.Compiler.Tests.Nas.Proxies;

/// <summary>Each proxy on networks small enough to work out by hand.</summary>
public sealed class HandWorkedProxyTests
{
    private static FloatNetwork TwoLayer(ActivationKind hidden, ActivationKind output)
    {
        var net = FloatNetwork.Mlp(2, [2], [hidden], 1, output);
        Array.Copy(new[] { 1.0, -2, 3, 0.5 }, net.Weights[0]!, 4);
        Array.Copy(new[] { -1.0, 0.25 }, net.Biases[0]!, 2);
        Array.Copy(new[] { -1.0, 2 }, net.Weights[2]!, 2);
        net.Biases[2]![0] = 0.5;
        return net;
    }

    [Theory]
    [InlineData(ActivationKind.Relu, ActivationKind.Linear)]
    [InlineData(ActivationKind.Tanh, ActivationKind.Softmax)] // linearized: the same network
    public void SynflowOfATwoLayerNetwork(ActivationKind hidden, ActivationKind output)
    {
        // |θ|, x = [1, 1]: h = [1 + 2 + 1, 3 + 0.5 + 0.25] = [4, 3.75]; R = 4 + 2·3.75 + 0.5.
        // ∂R/∂W2 = h: Σ|W2 ⊙ h| = 4 + 7.5 = 11.5; ∂R/∂W1[j, i] = |W2_j|: Σ = 1·(1 + 2) + 2·(3 + 0.5) = 10.
        var net = TwoLayer(hidden, output);
        Assert.Equal(21.5, new SynflowProxy().Score(net, ProxyBatch.Gaussian([2], 4, 1)), 1e-12);
        Assert.Equal(-1.0, net.Weights[2]![0]); // the network itself is untouched
    }

    [Fact]
    public void SynflowThroughConvolutionAndPooling()
    {
        // [1, 4] -> Conv1D(1, k2, valid) W = [-1, 2], b = -3 -> MaxPool(2) -> Dense(1), linearized with |θ| and ones:
        // conv out = [1 + 2 + 3] x3 = [6, 6, 6]; max pool(2) -> [6] (first max of the window routes the gradient);
        // Dense(1 -> 1) w = -0.5: R = 0.5·6. ∂R/∂w = 6 -> 3; ∂R/∂conv_out = [0.5, 0, 0] (only t = 0 is routed)
        // -> ∂R/∂W_conv = 0.5·[1, 1] -> Σ|W ⊙ g| = 0.5·(1 + 2) = 1.5. Total 4.5.
        var net = new FloatNetwork([1, 4],
            [new Conv1DLayer(1, 2), new Pool1DLayer(PoolMode.Max, 2), new FlattenLayer(), new DenseLayer(1)]);
        Array.Copy(new[] { -1.0, 2 }, net.Weights[0]!, 2);
        net.Biases[0]![0] = -3;
        net.Weights[3]![0] = -0.5;
        Assert.Equal(4.5, SynflowProxy.Score(net), 1e-12);
        // average pooling spreads the gradient: ∂R/∂conv_out = [0.25, 0.25, 0] -> ∂R/∂W_conv[k] = 0.25·(1 + 1) = 0.5:
        // 1.5 again, and 3 for the Dense weight: 4.5
        var avg = new FloatNetwork([1, 4],
            [new Conv1DLayer(1, 2), new Pool1DLayer(PoolMode.Average, 2), new FlattenLayer(), new DenseLayer(1)]);
        Array.Copy(new[] { -1.0, 2 }, avg.Weights[0]!, 2);
        avg.Biases[0]![0] = -3;
        avg.Weights[3]![0] = -0.5;
        Assert.Equal(4.5, SynflowProxy.Score(avg), 1e-12);
    }

    private static FloatNetwork CodeNetwork(ActivationKind activation)
    {
        // one input, three units: pre-activations [x, -x, x - 1.5]
        var net = FloatNetwork.Mlp(1, [3], [activation], 1, ActivationKind.Linear);
        Array.Copy(new[] { 1.0, -1, 1 }, net.Weights[0]!, 3);
        Array.Copy(new[] { 0.0, 0, -1.5 }, net.Biases[0]!, 3);
        net.Weights[2]!.AsSpan().Fill(1);
        return net;
    }

    [Theory]
    [InlineData(ActivationKind.Relu)]
    [InlineData(ActivationKind.Tanh)]
    [InlineData(ActivationKind.Sigmoid)]
    public void NaswotKernelOfThreeCodes(ActivationKind activation)
    {
        // x = 1 -> code 100, x = -1 -> 010, x = 2 -> 101. K = 3 - Hamming distance:
        // [[3, 1, 2], [1, 3, 0], [2, 0, 3]], det = 3·9 - 1·3 + 2·(0 - 6) = 12.
        var net = CodeNetwork(activation);
        var batch = new ProxyBatch([1], [1.0, -1, 2]);
        var k = NaswotProxy.Kernel(net, batch, out var units);
        Assert.Equal(3, units);
        Assert.Equal([3.0, 1, 2, 1, 3, 0, 2, 0, 3], k);
        Assert.Equal(Math.Log(12), new NaswotProxy().Score(net, batch), 1e-12);
    }

    [Fact]
    public void NaswotOfASingularKernelIsMinusInfinity()
    {
        var net = CodeNetwork(ActivationKind.Relu);
        // x = 2 and x = 3 share the code 101: two equal rows
        Assert.Equal(double.NegativeInfinity, new NaswotProxy().Score(net, new ProxyBatch([1], [1.0, -1, 2, 3])));
        // five samples, three units: rank K <= 4 < 5
        Assert.Equal(double.NegativeInfinity, new NaswotProxy().Score(net, new ProxyBatch([1], [1.0, -1, 2, 0.5, -0.5])));
        // no thresholding layer at all
        var linear = FloatNetwork.Mlp(1, [3], [ActivationKind.Linear], 1, ActivationKind.Linear);
        Assert.Equal(double.NegativeInfinity, new NaswotProxy().Score(linear, new ProxyBatch([1], [1.0])));
    }

    [Fact]
    public void ParamsAndBops()
    {
        var net = FloatNetwork.Mlp(16, [32], [ActivationKind.Relu], 5);
        Assert.Equal(16 * 32 + 32 + 32 * 5 + 5, new ParamsProxy().Score(net, ProxyBatch.Gaussian([16], 1, 0)));
        // multiplications 512 + 160 = 672, at 16 x 16 bits
        Assert.Equal(672L * 256, new BopsProxy(16, 16).Bops(net));
        // per layer: 8-bit weights x 16-bit inputs on the first Dense (layer 0), 4 x 8 on the second (layer 2)
        Assert.Equal(512L * 8 * 16 + 160L * 4 * 8,
            new BopsProxy(i => i == 0 ? (8, 16) : (4, 8)).Bops(net));
        var conv = new FloatNetwork([2, 10], [new Conv1DLayer(4, 3), new FlattenLayer(), new DenseLayer(5)]);
        Assert.Equal((8L * 4 * 2 * 3 + 32 * 5) * 6 * 10, new BopsProxy(6, 10).Bops(conv));
    }

    [Fact]
    public void KendallTauB()
    {
        // one discordant pair of six: (5 - 1) / 6
        Assert.Equal(4 / 6.0, KendallTau.Compute([1.0, 2, 3, 4], [1.0, 3, 2, 4]), 1e-15);
        // a tie in x: 2 concordant, n0 - n1 = 2, n0 - n2 = 3
        Assert.Equal(2 / Math.Sqrt(6), KendallTau.Compute([1.0, 1, 2], [1.0, 2, 3]), 1e-15);
        // equal infinities tie
        Assert.Equal(2 / Math.Sqrt(6),
            KendallTau.Compute([double.NegativeInfinity, double.NegativeInfinity, 2], [1.0, 2, 3]), 1e-15);
        Assert.Equal(-1, KendallTau.Compute([1.0, 2, 3], [3.0, 2, 1]));
    }
}
