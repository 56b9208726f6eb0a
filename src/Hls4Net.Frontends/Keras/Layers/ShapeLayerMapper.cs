using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>Flatten, Reshape, and layers that do nothing at inference (Dropout and friends).</summary>
public sealed class ShapeLayerMapper : IKerasLayerMapper
{
    public IReadOnlyList<string> ClassNames { get; } =
        ["Flatten", "Reshape", "Dropout", "SpatialDropout1D", "SpatialDropout2D", "GaussianNoise", "GaussianDropout", "AlphaDropout", "ActivityRegularization"];

    public Value Map(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context)
    {
        var input = inputs[0];
        Op op = layer.ClassName switch
        {
            "Flatten" => new FlattenOp(),
            "Reshape" => new ReshapeOp(Target(layer, input, context)),
            _ => new IdentityOp(layer.ClassName),
        };
        return context.Graph.Add(layer.Name, op, input).Output;
    }

    private static Shape Target(KerasLayer layer, Value input, KerasImportContext context)
    {
        var dims = layer.Ints("target_shape") ?? throw context.Error(layer, "Reshape without target_shape");
        var known = dims.Where(d => d > 0).Aggregate(1, (a, d) => a * d);
        if (dims.Count(d => d < 0) == 1) dims = dims.Select(d => d < 0 ? input.Shape.Size / known : d).ToArray();
        if (dims.Any(d => d <= 0) || dims.Aggregate(1, (a, d) => a * d) != input.Shape.Size)
        {
            throw context.Error(layer, $"cannot reshape {input.Shape} to ({string.Join(",", layer.Ints("target_shape")!)})");
        }
        return new Shape(dims);
    }
}
