using Hls4Net.Nas;

namespace Hls4Net.Compiler.Tests.Nas.Networks;

/// <summary>The exact backward pass against central finite differences of the forward pass.</summary>
public sealed class GradientTests
{
    public static TheoryData<string> Networks => ["conv1d", "conv2d", "mlp"];

    private static FloatNetwork Build(string name) => name switch
    {
        "conv1d" => new FloatNetwork([2, 9],
        [
            new Conv1DLayer(3, 3, ConvPadding.Same), new ActivationLayer(ActivationKind.Tanh),
            new Pool1DLayer(PoolMode.Max, 2), new Conv1DLayer(2, 2), new ActivationLayer(ActivationKind.Sigmoid),
            new Pool1DLayer(PoolMode.Average, 3), new FlattenLayer(), new DenseLayer(3),
            new ActivationLayer(ActivationKind.Relu), new DenseLayer(4), new ActivationLayer(ActivationKind.Softmax),
        ]),
        "conv2d" => new FloatNetwork([2, 6, 5],
        [
            new Conv2DLayer(3, 3, 2, ConvPadding.Same), new ActivationLayer(ActivationKind.Relu),
            new Pool2DLayer(PoolMode.Max, 2, 2), new Conv2DLayer(2, 2, 2), new Pool2DLayer(PoolMode.Average, 2, 1),
            new FlattenLayer(), new DenseLayer(3), new ActivationLayer(ActivationKind.Tanh), new DenseLayer(2),
        ]),
        _ => FloatNetwork.Mlp(5, [7, 4], [ActivationKind.Tanh, ActivationKind.Sigmoid], 3),
    };

    [Theory]
    [MemberData(nameof(Networks))]
    public void BackwardPassMatchesFiniteDifferences(string name)
    {
        var net = new SeededInitializer().Initialized(Build(name), 1234);
        for (var i = 0; i < net.Layers.Count; i++) // larger weights than the default: more signal through the layers
            if (net.Weights[i] is { } w) for (var j = 0; j < w.Length; j++) w[j] *= 2;
        var rng = new SeededRandom(5);
        var x = Enumerable.Range(0, net.InputSize).Select(_ => rng.NextGaussian()).ToArray();
        var gy = Enumerable.Range(0, net.OutputSize).Select(_ => rng.NextGaussian()).ToArray();
        double R() => net.Forward(x).Zip(gy, (a, b) => a * b).Sum();
        var grad = net.Gradient(x, gy);
        const double h = 1e-6;
        double Numeric(double[] values, int j)
        {
            var keep = values[j];
            values[j] = keep + h;
            var up = R();
            values[j] = keep - h;
            var down = R();
            values[j] = keep;
            return (up - down) / (2 * h);
        }
        var checkedCount = 0;
        for (var i = 0; i < net.Layers.Count; i++)
        {
            if (net.Weights[i] is not { } w) continue;
            for (var j = 0; j < w.Length; j++, checkedCount++)
                Assert.Equal(Numeric(w, j), grad.Weights[i]![j], 1e-7);
            for (var j = 0; j < net.Biases[i]!.Length; j++)
                Assert.Equal(Numeric(net.Biases[i]!, j), grad.Biases[i]![j], 1e-7);
        }
        for (var j = 0; j < x.Length; j++) Assert.Equal(Numeric(x, j), grad.Input[j], 1e-7);
        Assert.True(checkedCount > 20);
        Assert.Contains(grad.Weights[0]!, g => Math.Abs(g) > 1e-3); // the gradient reaches the first layer
    }
}
