namespace Hls4Net.Frontends.Keras;

/// <summary>The parsed model description: layers in file order, graph inputs and outputs by layer name.</summary>
public sealed record KerasModelDescription(
    IReadOnlyList<KerasLayer> Layers,
    IReadOnlyList<string> InputLayers,
    IReadOnlyList<string> OutputLayers,
    bool IsKeras3);
