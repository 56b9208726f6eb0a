namespace Hls4Net.Frontends.Keras;

/// <summary>
/// Where a layer's weights are stored, in each file layout. Keras 3 (<c>model.weights.h5</c>) addresses a layer by the
/// snake_case name of its class, numbered per class in the order of its model's layers
/// (<c>layers/q_dense</c>, <c>layers/q_dense_1</c>; a nested model adds <c>/layers/...</c>); Keras 2 stores every layer of
/// a nested model in the nested model's group, its weight names prefixed by the inner layer's name.
/// </summary>
/// <param name="Keras3Path">The class-based path without the trailing <c>/vars</c>, e.g. <c>layers/sequential/layers/dense_1</c>.</param>
/// <param name="Keras2Group">The top-level layer (or nested model) group name in a Keras 2 file.</param>
/// <param name="Keras2Owner">For a layer inside a nested model: its name, which prefixes its weight names; else null.</param>
/// <param name="StoredName">The layer's own name in the file (a shared layer's second call has another node name).</param>
public sealed record KerasWeightLocation(string Keras3Path, string Keras2Group, string? Keras2Owner, string StoredName);
