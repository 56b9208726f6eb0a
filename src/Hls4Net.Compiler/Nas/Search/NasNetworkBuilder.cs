using Hls4Net.Nas.Space;

namespace Hls4Net.Nas.Search;

/// <summary>
/// Builds the float network of an architecture (<see cref="FloatNetwork"/>, channels first): per block a convolution
/// (stride 1, valid padding), the hidden activation and the pooling; then Flatten (CNNs), the hidden dense layers with
/// the activation, the output dense layer and the output activation.
/// </summary>
public static class NasNetworkBuilder
{
    /// <summary>The network of <paramref name="architecture"/> with zero weights.</summary>
    /// <exception cref="ArgumentException">The shapes do not work out (e.g. a kernel longer than what is left of the input); the message says where.</exception>
    public static FloatNetwork Build(NasSpace space, NasArchitecture architecture)
    {
        var layers = new List<FloatLayer>();
        var hidden = Activation(architecture.Activation);
        foreach (var block in architecture.Blocks)
        {
            layers.Add(space.Kind == NasModelKind.Cnn2D ? new Conv2DLayer(block.Filters, block.Kernel, block.Kernel) : new Conv1DLayer(block.Filters, block.Kernel));
            if (hidden != ActivationKind.Linear) layers.Add(new ActivationLayer(hidden));
            if (block.Pool.IsNone) continue;
            var mode = block.Pool.Kind == "max" ? PoolMode.Max : PoolMode.Average;
            layers.Add(space.Kind == NasModelKind.Cnn2D ? new Pool2DLayer(mode, block.Pool.Size, block.Pool.Size) : new Pool1DLayer(mode, block.Pool.Size));
        }
        if (space.Kind != NasModelKind.Mlp) layers.Add(new FlattenLayer());
        foreach (var width in architecture.DenseWidths)
        {
            layers.Add(new DenseLayer(width));
            if (hidden != ActivationKind.Linear) layers.Add(new ActivationLayer(hidden));
        }
        layers.Add(new DenseLayer(space.Outputs));
        var output = Activation(space.OutputActivation);
        if (output != ActivationKind.Linear) layers.Add(new ActivationLayer(output));
        return new FloatNetwork(space.InputShape, layers);
    }

    /// <summary>The network of <paramref name="architecture"/>, initialized by <paramref name="initializer"/> from <paramref name="seed"/>,
    /// with every weight and bias rounded to float32 (the values the ONNX file holds, so the proxies, the estimate and the file agree).</summary>
    public static FloatNetwork BuildInitialized(NasSpace space, NasArchitecture architecture, SeededInitializer initializer, long seed)
    {
        var network = Build(space, architecture);
        initializer.Initialize(network, seed);
        foreach (var array in network.Weights.Concat(network.Biases))
        {
            if (array is null) continue;
            for (var i = 0; i < array.Length; i++) array[i] = (float)array[i];
        }
        return network;
    }

    /// <summary>The activation named in a space file.</summary>
    public static ActivationKind Activation(string name) => name switch
    {
        "relu" => ActivationKind.Relu,
        "tanh" => ActivationKind.Tanh,
        "sigmoid" => ActivationKind.Sigmoid,
        "softmax" => ActivationKind.Softmax,
        _ => ActivationKind.Linear,
    };
}
