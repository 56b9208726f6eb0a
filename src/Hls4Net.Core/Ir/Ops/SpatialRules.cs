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

    /// <summary>
    /// Output height and width of a 2-D window over the first two axes of <paramref name="input"/>
    /// (see <see cref="OutputLength"/>; height is checked first).
    /// </summary>
    public static (int H, int W) OutputSize2D(Op op, Shape input, int kernelH, int kernelW, (int H, int W) stride, Padding2D padding, (int H, int W) dilation) =>
        (OutputLength(op, "height", input[0], kernelH, stride.H, padding.Top, padding.Bottom, dilation.H),
         OutputLength(op, "width", input[1], kernelW, stride.W, padding.Left, padding.Right, dilation.W));

    /// <summary>Validate 2-D window parameters, the height axis first (see <see cref="CheckWindow"/>).</summary>
    public static void CheckWindow2D(string kind, int kernelH, int kernelW, (int H, int W) stride, Padding2D padding, (int H, int W) dilation)
    {
        CheckWindow(kind, kernelH, stride.H, padding.Top, padding.Bottom, dilation.H);
        CheckWindow(kind, kernelW, stride.W, padding.Left, padding.Right, dilation.W);
    }

    /// <summary>
    /// Validate convolution weights of rank <paramref name="rank"/> (described by <paramref name="layout"/>) and a rank-1
    /// bias with one value per output channel: the last weight axis, or the last two multiplied for a depthwise op.
    /// </summary>
    public static void CheckConvTensors(string kind, ConstTensor weights, ConstTensor bias, int rank, string layout, bool depthwise)
    {
        var w = weights.Shape;
        if (w.Rank != rank) throw new GraphException($"{kind} weights must be {layout}, got {w}");
        var outputs = depthwise ? w[rank - 2] * w[rank - 1] : w[rank - 1];
        if (bias.Shape.Rank != 1 || bias.Size != outputs) throw new GraphException($"{kind} bias {bias.Shape} does not match weights {w}");
    }

    /// <summary>
    /// Expect a single channels-last input of rank <paramref name="rank"/> whose last axis holds
    /// <paramref name="channels"/> values (<paramref name="channelNoun"/> names them in the error).
    /// </summary>
    public static Shape ChannelsLastInput(Op op, IReadOnlyList<Shape> inputs, int rank, int channels, string channelNoun)
    {
        var s = SingleInputOfRank(op, inputs, rank);
        if (s[rank - 1] != channels) throw new GraphException($"{op.Kind} expects {channels} {channelNoun}, got input shape {s}");
        return s;
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
