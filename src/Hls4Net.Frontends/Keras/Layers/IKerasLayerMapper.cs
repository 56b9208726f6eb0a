using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>Turns one Keras layer class family into IR nodes.</summary>
public interface IKerasLayerMapper
{
    /// <summary>Keras class names handled (e.g. "Dense", "QDense").</summary>
    IReadOnlyList<string> ClassNames { get; }

    /// <summary>True for merge layers (Add, Concatenate...) that take several inputs; others get exactly one.</summary>
    bool AcceptsManyInputs => false;

    /// <summary>Add the layer's nodes to the graph and return the value it produces.</summary>
    Value Map(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context);
}
