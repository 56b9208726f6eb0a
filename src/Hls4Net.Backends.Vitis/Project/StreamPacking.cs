using Hls4Net.Core.Ir;

namespace Hls4Net.Backends.Vitis.Project;

/// <summary>
/// How a tensor travels through an io_stream FIFO: one element (<c>nnet::array&lt;T, N&gt;</c>) per row along the
/// last axis, i.e. one pixel with all its channels for channels-last [h, w, c] / [l, c] tensors, and the whole
/// tensor in one element for rank 1. Dense, Softmax and BatchNorm act on the last axis, so they see whole rows.
/// </summary>
public static class StreamPacking
{
    /// <summary>Values per stream element: the size of the last axis (1 for a scalar).</summary>
    public static int PackSize(Shape shape) => shape.Rank == 0 ? 1 : Math.Max(1, shape[shape.Rank - 1]);

    /// <summary>Stream elements per sample.</summary>
    public static int Elements(Shape shape) => shape.Size / PackSize(shape);

    /// <summary>FIFO depth: all elements of one sample, so a producer never waits for a consumer (no dataflow deadlock with fan-out).</summary>
    public static int Depth(Shape shape) => Math.Max(1, Elements(shape));

    /// <summary>The C++ element type spelling, e.g. <c>nnet::array&lt;ap_fixed&lt;16,6&gt;, 4&gt;</c>.</summary>
    public static string ElementType(string scalarSpelling, Shape shape) => $"nnet::array<{scalarSpelling}, {PackSize(shape)}>";
}
