using Hls4Net.Backends.Cpp.Templates;
using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Everything an emitter needs about one layer, with names already sanitized and unique.</summary>
public sealed class LayerEmitContext
{
    public required Node Node { get; init; }

    /// <summary>1-based position of the layer in the generated design (hls4ml's layerN numbering).</summary>
    public required int Index { get; init; }

    /// <summary>Sanitized unique C++ identifier for this layer (e.g. "dense_1").</summary>
    public required string Id { get; init; }

    /// <summary>C++ typedef names of the inputs' types, in input order.</summary>
    public required IReadOnlyList<string> InputTypeNames { get; init; }

    /// <summary>C++ variable names of the inputs, in input order.</summary>
    public required IReadOnlyList<string> InputVars { get; init; }

    /// <summary>C++ typedef name of the output type (the layer's result_t).</summary>
    public required string OutputTypeName { get; init; }

    /// <summary>C++ variable name of the output.</summary>
    public required string OutputVar { get; init; }

    public required ProjectConfig Config { get; init; }

    /// <summary>
    /// io_stream design: inputs and output are hls::stream FIFOs of <c>nnet::array</c> elements (one row along the
    /// last axis per element, see <see cref="Project.StreamPacking"/>); the type names name those element types.
    /// </summary>
    public bool IsStream => Config.IoType == IoType.IoStream;

    /// <summary>Renders templates from templates/vitis with strict bindings and no escaping.</summary>
    public required TemplateRenderer Renderer { get; init; }

    /// <summary>Name of the layer's config struct (<c>configN</c>, N the <see cref="Index"/>).</summary>
    public string ConfigName => $"config{Index}";

    /// <summary>A C++ identifier of this layer: <see cref="Id"/>, an underscore and <paramref name="suffix"/> (e.g. "dense_1_bias_t").</summary>
    public string Named(string suffix) => $"{Id}_{suffix}";
}
