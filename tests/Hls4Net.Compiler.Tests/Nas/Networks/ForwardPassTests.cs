using Hls4Net.Nas;

namespace Hls4Net.Compiler.Tests.Nas.Networks;

/// <summary>The forward pass against values worked out by hand.</summary>
public sealed class ForwardPassTests
{
    [Fact]
    public void MlpWithReluAndSoftmax()
    {
        var net = FloatNetwork.Mlp(2, [2], [ActivationKind.Relu], 2);
        Array.Copy(new[] { 1.0, 2, -1, 0.5 }, net.Weights[0]!, 4); // [out, in]
        Array.Copy(new[] { 0.5, -1 }, net.Biases[0]!, 2);
        Array.Copy(new[] { 1.0, -1, 0.5, 2 }, net.Weights[2]!, 4);
        Array.Copy(new[] { 0.0, 1 }, net.Biases[2]!, 2);
        // h = [3 + 2 + 0.5, -3 + 0.5 - 1] = [5.5, -3.5] -> relu [5.5, 0]; logits [5.5, 2.75 + 1]
        var y = net.Forward([3, 1]);
        var p0 = 1 / (1 + Math.Exp(-1.75));
        Assert.Equal(p0, y[0], 1e-15);
        Assert.Equal(1 - p0, y[1], 1e-15);
        Assert.Equal(2 * 2 + 2 + 2 * 2 + 2, net.ParameterCount);
        Assert.Equal(8, net.Multiplications);
    }

    [Fact]
    public void Conv1DSameAndValid()
    {
        var same = new FloatNetwork([1, 4], [new Conv1DLayer(1, 3, ConvPadding.Same)]);
        Array.Copy(new[] { 1.0, 0, -1 }, same.Weights[0]!, 3);
        // y[t] = x[t-1] - x[t+1], zeros outside
        Assert.Equal([-2.0, -2, -2, 3], same.Forward([1, 2, 3, 4]));
        var valid = new FloatNetwork([1, 4], [new Conv1DLayer(1, 3)]);
        Array.Copy(new[] { 1.0, 0, -1 }, valid.Weights[0]!, 3);
        valid.Biases[0]![0] = 0.5;
        Assert.Equal([-1.5, -1.5], valid.Forward([1, 2, 3, 4]));
        // even kernel, 'same': the one pad goes after the data: y[t] = x[t] + 10 x[t+1]
        var even = new FloatNetwork([1, 4], [new Conv1DLayer(1, 2, ConvPadding.Same)]);
        Array.Copy(new[] { 1.0, 10 }, even.Weights[0]!, 2);
        Assert.Equal([21.0, 32, 43, 4], even.Forward([1, 2, 3, 4]));
    }

    [Fact]
    public void Conv1DWeightLayoutIsFiltersChannelsKernel()
    {
        // 2 channels, 2 filters, kernel 1: W[f, c, 0]; x = [[1, 2], [10, 20]] (channels-first)
        var net = new FloatNetwork([2, 2], [new Conv1DLayer(2, 1)]);
        Array.Copy(new[] { 1.0, 0, 0, 1 }, net.Weights[0]!, 4); // filter 0 reads channel 0, filter 1 channel 1
        Array.Copy(new[] { 0.0, 100 }, net.Biases[0]!, 2);
        Assert.Equal([1.0, 2, 110, 120], net.Forward([1, 2, 10, 20]));
    }

    [Fact]
    public void Conv2DValidAndSame()
    {
        var net = new FloatNetwork([1, 3, 3], [new Conv2DLayer(1, 2, 2)]);
        Array.Copy(new[] { 1.0, 0, 0, -1 }, net.Weights[0]!, 4);
        net.Biases[0]![0] = 1;
        // y[i, j] = x[i, j] - x[i+1, j+1] + 1 on 1..9
        Assert.Equal([-3.0, -3, -3, -3], net.Forward([1, 2, 3, 4, 5, 6, 7, 8, 9]));
        var same = new FloatNetwork([1, 2, 2], [new Conv2DLayer(1, 3, 3, ConvPadding.Same)]);
        Array.Fill(same.Weights[0]!, 1.0); // each output sums its 3x3 neighbourhood: all four cells here
        Assert.Equal([10.0, 10, 10, 10], same.Forward([1, 2, 3, 4]));
        Assert.Equal(4 * 9, same.Multiplications);
    }

    [Fact]
    public void PoolingFlattenAndActivations()
    {
        var max1 = new FloatNetwork([1, 5], [new Pool1DLayer(PoolMode.Max, 2)]);
        Assert.Equal([3.0, 4], max1.Forward([3, 1, 4, 1, 5])); // the partial window is dropped
        var avg1 = new FloatNetwork([1, 5], [new Pool1DLayer(PoolMode.Average, 2)]);
        Assert.Equal([2.0, 2.5], avg1.Forward([3, 1, 4, 1, 5]));
        var max2 = new FloatNetwork([1, 2, 4], [new Pool2DLayer(PoolMode.Max, 2, 2), new FlattenLayer()]);
        Assert.Equal([6.0, 8], max2.Forward([1, 2, 3, 4, 5, 6, 7, 8]));
        var avg2 = new FloatNetwork([1, 2, 4], [new Pool2DLayer(PoolMode.Average, 2, 2)]);
        Assert.Equal([3.5, 5.5], avg2.Forward([1, 2, 3, 4, 5, 6, 7, 8]));
        var tanh = new FloatNetwork([2], [new ActivationLayer(ActivationKind.Tanh)]);
        Assert.Equal([Math.Tanh(0.5), Math.Tanh(-2)], tanh.Forward([0.5, -2]));
        var sigmoid = new FloatNetwork([1], [new ActivationLayer(ActivationKind.Sigmoid)]);
        Assert.Equal(1 / (1 + Math.Exp(-0.25)), sigmoid.Forward([0.25])[0], 1e-16);
    }

    [Fact]
    public void BadArchitecturesAreRefusedWithTheLayer()
    {
        var e = Assert.Throws<ArgumentException>(() => new FloatNetwork([1, 4], [new Conv1DLayer(2, 5)]));
        Assert.Contains("Layer 0", e.Message);
        Assert.Throws<ArgumentException>(() => new FloatNetwork([16], [new Conv1DLayer(2, 3)]));
        Assert.Throws<ArgumentException>(() => new FloatNetwork([16],
            [new ActivationLayer(ActivationKind.Softmax), new DenseLayer(3)]));
        Assert.Throws<ArgumentException>(() => new DenseLayer(0));
        Assert.Throws<ArgumentException>(() => FloatNetwork.Mlp(16, [8, 8], [ActivationKind.Relu], 5));
    }
}
