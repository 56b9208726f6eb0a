using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Keras;

/// <summary>State shared by the layer mappers while one Keras model is imported.</summary>
public sealed class KerasImportContext
{
    public KerasImportContext(Graph graph, IKerasWeightSource weights, string modelName, bool isKeras3)
    {
        Graph = graph;
        Weights = weights;
        ModelName = modelName;
        IsKeras3 = isKeras3;
    }

    public Graph Graph { get; }

    public IKerasWeightSource Weights { get; }

    /// <summary>The model file name, for messages.</summary>
    public string ModelName { get; }

    /// <summary>The separate weights file (model JSON + weights .h5), named in every error; null when the model file holds the weights.</summary>
    public string? WeightsName { get; init; }

    /// <summary>Keras 3 files differ in a few defaults (hard_sigmoid, positional weights).</summary>
    public bool IsKeras3 { get; }

    /// <summary>An import error naming the layer and the model.</summary>
    public ModelLoadException Error(KerasLayer layer, string message) =>
        new($"{message} (layer '{layer.Name}' of class {layer.ClassName} in model '{ModelName}'{(WeightsName is null ? "" : $" with weights '{WeightsName}'")})");

    /// <summary>A layer's weight by short name, else by position; a missing one is an error naming the layer.</summary>
    public ConstTensor Weight(KerasLayer layer, IReadOnlyList<KerasWeight> weights, string name, int position)
    {
        var byName = weights.FirstOrDefault(w => w.Name == name);
        if (byName is not null) return byName.Tensor;
        if (weights.All(w => w.Name is null) && position < weights.Count) return weights[position].Tensor;
        throw Error(layer, $"weight '{name}' is missing from the weights file");
    }
}
