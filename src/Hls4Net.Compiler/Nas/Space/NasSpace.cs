using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;


namespace Hls4Net.Nas.Space;

/// <summary>
/// A search space (docs/nas.md, read by <see cref="NasSpaceReader"/>): the network family, input shape (channels first
/// as in the exported ONNX model, no batch axis), output size and activation, the hidden layers (<see cref="Blocks"/> for CNNs, <see cref="Dense"/>
/// for the MLP or the CNN's head), the hidden activation choices, and the hardware choices every architecture is
/// estimated at (<see cref="Precisions"/> × <see cref="ReuseFactors"/> × <see cref="Strategies"/>).
/// </summary>
public sealed record NasSpace
{
    /// <summary>The space's name (used in messages and as the models' name stem).</summary>
    public required string Name { get; init; }

    public required NasModelKind Kind { get; init; }

    /// <summary>The input shape, channels first like the exported ONNX model: [features] (MLP), [channels, length] (1D), [channels, height, width] (2D).</summary>
    public required IReadOnlyList<int> InputShape { get; init; }

    /// <summary>Values of the output layer.</summary>
    public required int Outputs { get; init; }

    /// <summary>The output layer's activation: linear, softmax, sigmoid, relu.</summary>
    public required string OutputActivation { get; init; }

    /// <summary>The hidden activation choices (one per architecture, used by every hidden layer).</summary>
    public required IReadOnlyList<string> Activations { get; init; }

    /// <summary>Convolution blocks (CNNs only).</summary>
    public ConvBlockSpace? Blocks { get; init; }

    /// <summary>The hidden dense layers (the MLP, or the CNN's head before the output layer).</summary>
    public required DenseStackSpace Dense { get; init; }

    public required IReadOnlyList<PrecisionChoice> Precisions { get; init; }

    public required IReadOnlyList<int> ReuseFactors { get; init; }

    public required IReadOnlyList<Core.Ir.Strategy> Strategies { get; init; }

    public IoType IoType { get; init; } = IoType.IoParallel;

    /// <summary>Every hardware choice, in the space's order (precision, then reuse factor, then strategy).</summary>
    public IReadOnlyList<HardwareChoice> HardwareChoices() =>
        [.. from p in Precisions from r in ReuseFactors from s in Strategies select new HardwareChoice(p, r, s)];
}
