using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>The types an emitter needs from a node, or a <see cref="GraphException"/> naming the node when one is not assigned.</summary>
internal static class RequiredTypes
{
    /// <summary>A precision of the node (<paramref name="role"/>: "weight", "bias", "accum", ...).</summary>
    public static FixedType Precision(Node node, FixedType? type, string role) =>
        type ?? throw new GraphException($"node '{node.Name}' ({node.Op.Kind}): {role} precision not assigned");

    /// <summary>The type of the node's first input.</summary>
    public static FixedType Input(Node node) =>
        node.Inputs[0].Type ?? throw new GraphException($"node '{node.Name}': input type not assigned");
}
