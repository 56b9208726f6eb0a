using Hls4Net.Core.Ir;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>A channels-last [l, c] or [h, w, c] shape seen as (height, width, channels), 1-D as height 1.</summary>
public readonly record struct SpatialShape(int Height, int Width, int Channels)
{
    public static SpatialShape Of(Node node, Shape s) => s.Rank switch
    {
        2 => new SpatialShape(1, s[0], s[1]),
        3 => new SpatialShape(s[0], s[1], s[2]),
        _ => throw new GraphException($"node '{node.Name}' ({node.Op.Kind}): expected a channels-last shape of rank 2 or 3, got {s}"),
    };

    /// <summary>(top, left) offsets from per-spatial-axis values (1-D: top 0).</summary>
    public static (int Top, int Left) Offsets(IReadOnlyList<int> perAxis) => perAxis.Count == 1 ? (0, perAxis[0]) : (perAxis[0], perAxis[1]);
}
