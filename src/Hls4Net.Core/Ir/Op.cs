namespace Hls4Net.Core.Ir;

/// <summary>
/// Base of all typed operations. Every concrete op is a sealed class with get-only typed properties.
/// </summary>
public abstract class Op
{
    /// <summary>Short kind name used for display and for hls4ml's LayerType config section (e.g. "Dense").</summary>
    public abstract string Kind { get; }

    /// <summary>Number of trainable/constant parameters held by the op.</summary>
    public virtual int ParameterCount => 0;

    /// <summary>Compute the output shape from the input shapes; throws <see cref="GraphException"/> when they do not fit.</summary>
    public abstract Shape InferShape(IReadOnlyList<Shape> inputs);

    /// <summary>One-line description of the op's attributes for the graph printer.</summary>
    public virtual string Describe() => Kind;
}
