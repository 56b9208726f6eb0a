namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// An ONNX Slice's starts, ends, axes (defaulting to 0..n-1) and steps (null: all 1), from the attributes before opset 10
/// and from constant inputs 1–4 from opset 10 on, with their lengths checked equal.
/// </summary>
internal sealed record OnnxSliceArguments(long[] Starts, long[] Ends, long[] Axes, long[]? Steps)
{
    /// <summary>Read them from <paramref name="node"/>; <paramref name="input"/> gives constant input i, or null.</summary>
    public static OnnxSliceArguments Read(OnnxNode node, Func<int, OnnxConstant?> input)
    {
        long[] starts, ends;
        long[]? axes, steps = null;
        if (node.Opset < 10)
        {
            node.Attributes.EnsureOnly("starts", "ends", "axes");
            starts = node.Attributes.Ints("starts") ?? throw node.Error("Slice is missing 'starts'");
            ends = node.Attributes.Ints("ends") ?? throw node.Error("Slice is missing 'ends'");
            axes = node.Attributes.Ints("axes");
        }
        else
        {
            node.Attributes.EnsureOnly();
            starts = input(1)?.ToInt64s() ?? throw node.Error("Slice is missing 'starts'");
            ends = input(2)?.ToInt64s() ?? throw node.Error("Slice is missing 'ends'");
            axes = input(3)?.ToInt64s();
            steps = input(4)?.ToInt64s();
        }
        axes ??= Enumerable.Range(0, starts.Length).Select(i => (long)i).ToArray();
        if (ends.Length != starts.Length || axes.Length != starts.Length || (steps is not null && steps.Length != starts.Length))
        {
            throw node.Error("Slice with starts, ends, axes and steps of different lengths");
        }
        return new OnnxSliceArguments(starts, ends, axes, steps);
    }
}
