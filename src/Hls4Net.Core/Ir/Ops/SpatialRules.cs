namespace Hls4Net.Core.Ir.Ops;

/// <summary>Shared shape arithmetic of sliding-window ops (convolution, pooling) on channels-last tensors.</summary>
internal static class SpatialRules
{
    /// <summary>
    /// Output length of a window of <paramref name="kernel"/> taps spaced <paramref name="dilation"/> apart sliding with
    /// <paramref name="stride"/> over <paramref name="input"/> values padded by <paramref name="padBefore"/>/<paramref name="padAfter"/>:
    /// floor((input + pads - dilation*(kernel-1) - 1) / stride) + 1.
    /// </summary>
    public static int OutputLength(Op op, string axis, int input, int kernel, int stride, int padBefore, int padAfter, int dilation)
    {
        var span = dilation * (kernel - 1) + 1;
        var padded = input + padBefore + padAfter;
        if (span > padded)
        {
            throw new GraphException($"{op.Kind}: window of {kernel} (dilation {dilation}) does not fit the {axis} axis of length {input} with padding {padBefore}+{padAfter}");
        }
        return (padded - span) / stride + 1;
    }

    /// <summary>Validate window parameters (positive sizes, non-negative pads).</summary>
    public static void CheckWindow(string kind, int kernel, int stride, int padBefore, int padAfter, int dilation)
    {
        if (kernel < 1 || stride < 1 || dilation < 1)
        {
            throw new GraphException($"{kind}: kernel size {kernel}, stride {stride} and dilation {dilation} must be at least 1");
        }
        if (padBefore < 0 || padAfter < 0) throw new GraphException($"{kind}: negative padding {padBefore}/{padAfter} is not supported");
    }

    /// <summary>Expect a single input of rank <paramref name="rank"/> (spatial axes then channels).</summary>
    public static Shape SingleInputOfRank(Op op, IReadOnlyList<Shape> inputs, int rank)
    {
        ShapeRules.ExpectInputs(op, inputs, 1);
        if (inputs[0].Rank != rank)
        {
            throw new GraphException($"{op.Kind} expects a channels-last input of rank {rank} ({(rank == 2 ? "length, channels" : "height, width, channels")}), got {inputs[0]}");
        }
        return inputs[0];
    }
}
