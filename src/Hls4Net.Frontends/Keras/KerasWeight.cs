using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Keras;

/// <summary>One stored weight of a layer: its short name ("kernel", "bias", "gamma"...; null when the file only has positions) and data.</summary>
public sealed record KerasWeight(string? Name, ConstTensor Tensor);
