using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Ir;

/// <summary>
/// A tensor flowing between nodes (an edge of the graph). Identified by reference;
/// <see cref="Name"/> is the model's name, kept for display and for naming generated code.
/// </summary>
public sealed class Value
{
    public Value(string name, Shape shape)
    {
        Name = name;
        Shape = shape;
    }

    public string Name { get; set; }

    public Shape Shape { get; set; }

    /// <summary>The node that produces this value, or null for a graph input.</summary>
    public Node? Producer { get; internal set; }

    /// <summary>The position of this value in its producer's <see cref="Node.Outputs"/> (0 for a graph input).</summary>
    public int OutputIndex { get; internal set; }

    /// <summary>The fixed-point storage type (result_t of the producing layer), set by the precision pass.</summary>
    public FixedType? Type { get; set; }

    public override string ToString() => $"{Name}[{Shape}]";
}
