namespace Hls4Net.Core.Ir;

/// <summary>
/// Base of all typed operations. Every concrete op is a sealed class with get-only typed properties.
/// </summary>
public abstract class Op
{
    /// <summary>Short kind name used for display and for hls4ml's LayerType config section (e.g. "Dense").</summary>
    public abstract string Kind { get; }

    /// <summary>The op's traits: config keys, precision slots, layout behaviour (see <see cref="OpTraits"/>).</summary>
    public abstract OpTraits Traits { get; }

    /// <summary>
    /// The <c>LayerType</c> keys of a node applying the op to inputs of <paramref name="inputs"/> shapes; by default
    /// <see cref="OpTraits.LayerTypeKeys"/> (an op whose hls4ml class depends on its input rank narrows them).
    /// </summary>
    public virtual IReadOnlyList<string> LayerTypeKeysFor(IReadOnlyList<Shape> inputs) => Traits.LayerTypeKeys;

    /// <summary>Number of trainable/constant parameters held by the op.</summary>
    public virtual int ParameterCount => 0;

    /// <summary>
    /// Compute the output shape from the input shapes; throws <see cref="GraphException"/> when they do not fit.
    /// An op with several outputs overrides <see cref="InferShapes"/> and throws here.
    /// </summary>
    public abstract Shape InferShape(IReadOnlyList<Shape> inputs);

    /// <summary>The shapes of all outputs, in output order; by default the one shape of <see cref="InferShape"/>.</summary>
    public virtual IReadOnlyList<Shape> InferShapes(IReadOnlyList<Shape> inputs) => [InferShape(inputs)];

    /// <summary>One-line description of the op's attributes for the graph printer.</summary>
    public virtual string Describe() => Kind;
}
