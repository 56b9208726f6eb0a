namespace Hls4Net.Frontends.Keras;

/// <summary>A reference to the output of one call of a layer in a Keras config: [layer, node_index, tensor_index].</summary>
public sealed record KerasTensorRef(string Layer, int Node);
