using Hls4Net.Core.Ir;
using Hls4Net.Frontends.Keras.Layers;

namespace Hls4Net.Frontends.Keras;

/// <summary>Walks a Keras model description in order and builds the IR graph with the given layer mappers.</summary>
public sealed class KerasGraphBuilder
{
    private readonly Dictionary<string, IKerasLayerMapper> _mappers = new(StringComparer.Ordinal);

    /// <summary>Every Keras class name a registered mapper handles (the README's supported-ops list is made from it).</summary>
    public IEnumerable<string> ClassNames => _mappers.Keys;

    public KerasGraphBuilder(IEnumerable<IKerasLayerMapper> mappers)
    {
        foreach (var m in mappers)
        {
            foreach (var name in m.ClassNames) _mappers[name] = m;
        }
    }

    /// <summary>The mappers for every layer Hls4Net supports today.</summary>
    public static KerasGraphBuilder CreateDefault() =>
        new([
            new DenseLayerMapper(), new ActivationLayerMapper(), new BatchNormLayerMapper(), new ShapeLayerMapper(),
            new ConvLayerMapper(), new PoolingLayerMapper(), new PaddingLayerMapper(), new PermuteLayerMapper(),
            new MergeLayerMapper(), new UpSamplingLayerMapper(),
            new RecurrentLayerMapper(), new TimeDistributedLayerMapper(),
            new SequenceLayerMapper(),
        ]);

    /// <summary>Map <paramref name="model"/>'s layers to a graph; <paramref name="weightsName"/> names a separate weights file in messages.</summary>
    public Graph Build(KerasModelDescription model, IKerasWeightSource weights, string modelName, string? weightsName = null)
    {
        var graph = new Graph(modelName);
        var context = new KerasImportContext(graph, weights, modelName, model.IsKeras3) { WeightsName = weightsName };
        var produced = new Dictionary<string, Value>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var layer in model.Layers)
        {
            if (!names.Add(layer.Name)) throw context.Error(layer, "another layer has the same name; Keras layer names are unique");
            if (layer.ClassName == "InputLayer")
            {
                produced[layer.Name] = AddInput(graph, layer.Name, Guarded(layer, context, () => InputShape(layer, context)));
                continue;
            }
            var inputs = new List<Value>();
            if (layer.Inbound.Count == 0)
            {
                // First layer of a Sequential model without an InputLayer: the input shape is on the layer itself.
                inputs.Add(AddInput(graph, $"{layer.Name}_input", Guarded(layer, context, () => InputShape(layer, context))));
            }
            foreach (var name in layer.Inbound)
            {
                inputs.Add(produced.TryGetValue(name, out var v) ? v : throw context.Error(layer, $"input layer '{name}' is not defined before it"));
            }
            if (!_mappers.TryGetValue(layer.ClassName, out var mapper))
            {
                throw new ModelLoadException($"unsupported Keras layer '{layer.ClassName}' (layer '{layer.Name}') in model '{modelName}'");
            }
            if (inputs.Count != 1 && !mapper.AcceptsManyInputs) throw context.Error(layer, $"{inputs.Count} inputs are not supported for this layer");
            produced[layer.Name] = MapChecked(mapper, layer, inputs, context);
        }
        foreach (var name in model.OutputLayers)
        {
            graph.Outputs.Add(produced.TryGetValue(name, out var v) ? v : throw new ModelLoadException($"output layer '{name}' not found in model '{modelName}'"));
        }
        if (graph.Outputs.Count == 0) throw new ModelLoadException($"model '{modelName}' declares no outputs");
        return graph;
    }

    private static Value MapChecked(IKerasLayerMapper mapper, KerasLayer layer, List<Value> inputs, KerasImportContext context) =>
        Guarded(layer, context, () => mapper.Map(layer, inputs, context));

    /// <summary>
    /// Run one layer's import, turning what a malformed layer config raises into an error naming the layer: graph and
    /// shape checks (GraphException, the IR's own argument and size checks) and config values of the wrong JSON type.
    /// </summary>
    private static T Guarded<T>(KerasLayer layer, KerasImportContext context, Func<T> body)
    {
        try
        {
            return body();
        }
        catch (GraphException e)
        {
            throw context.Error(layer, e.Message);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException && e.Source == typeof(Shape).Assembly.GetName().Name)
        {
            throw context.Error(layer, e is OverflowException ? "a tensor of this layer has more than 2^31 values" : e.Message);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException && e.Source == typeof(System.Text.Json.JsonElement).Assembly.GetName().Name)
        {
            throw context.Error(layer, $"a config value has the wrong type or range ({e.Message.TrimEnd('.')})");
        }
    }

    private static Value AddInput(Graph graph, string name, Shape shape)
    {
        var value = new Value(name, shape);
        graph.Inputs.Add(value);
        return value;
    }

    private static Shape InputShape(KerasLayer layer, KerasImportContext context)
    {
        foreach (var key in new[] { "batch_input_shape", "batch_shape" })
        {
            if (layer.Config.TryGetProperty(key, out var s) && s.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                var dims = s.EnumerateArray().Skip(1).ToList();
                if (dims.Count == 0 || dims.Any(d => d.ValueKind != System.Text.Json.JsonValueKind.Number))
                {
                    throw context.Error(layer, $"input shape {s.GetRawText()} has unknown dimensions; a fixed shape is needed");
                }
                if (dims.Any(d => !d.TryGetInt32(out var v) || v <= 0))
                {
                    throw context.Error(layer, $"input shape {s.GetRawText()} has a dimension that is not a positive integer");
                }
                return new Shape(dims.Select(d => d.GetInt32()).ToArray());
            }
        }
        var inputShape = layer.Ints("input_shape");
        if (inputShape is { Length: > 0 }) return new Shape(inputShape);
        throw context.Error(layer, "the model's input shape is not given (no batch_input_shape)");
    }
}
