using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>Permute: Keras 'dims' are 1-based over the non-batch axes; the IR permutation is 0-based.</summary>
public sealed class PermuteLayerMapper : IKerasLayerMapper
{
    public IReadOnlyList<string> ClassNames { get; } = ["Permute"];

    public Value Map(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context)
    {
        var dims = layer.Ints("dims") ?? throw context.Error(layer, "Permute without 'dims'");
        return context.Graph.Add(layer.Name, new TransposeOp(dims.Select(d => d - 1).ToArray()), inputs[0]).Output;
    }
}
