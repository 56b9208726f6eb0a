namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>The C++ pieces of one layer, as produced by an <see cref="ILayerEmitter"/>.</summary>
public sealed class LayerCode
{
    /// <summary>Extra typedefs for defines.h (weight, bias, accumulator, table types), in order.</summary>
    public IReadOnlyList<TypeDefinition> TypeDefinitions { get; init; } = [];

    /// <summary>Rendered config struct(s) for parameters.h (may be empty).</summary>
    public string Config { get; init; } = "";

    /// <summary>Rendered call statement(s) for the top function body.</summary>
    public required string Call { get; init; }

    /// <summary>Constant arrays written to firmware/weights/&lt;name&gt;.h.</summary>
    public IReadOnlyList<WeightArray> Weights { get; init; } = [];

    /// <summary>nnet_utils headers the layer needs (e.g. "nnet_dense.h").</summary>
    public IReadOnlyList<string> Includes { get; init; } = [];
}
