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

    /// <summary>
    /// True when the emitter has an io_stream implementation and produced it (<see cref="LayerEmitContext.IsStream"/>).
    /// In io_stream, a layer whose code does not say so is refused with a clear error.
    /// </summary>
    public bool SupportsStream { get; init; }
}
