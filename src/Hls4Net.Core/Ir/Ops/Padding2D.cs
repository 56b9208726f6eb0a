namespace Hls4Net.Core.Ir.Ops;

/// <summary>Zero padding around the two spatial axes of a channels-last [h, w, c] tensor.</summary>
public sealed record Padding2D(int Top, int Bottom, int Left, int Right)
{
    /// <summary>No padding.</summary>
    public static Padding2D None { get; } = new(0, 0, 0, 0);

    public override string ToString() => $"{Top}/{Bottom}/{Left}/{Right}";
}
