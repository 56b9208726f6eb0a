using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Optimization;

/// <summary>
/// The layers magnitude pruning acts on: Dense, Conv1D and Conv2D (depthwise convolutions are not pruned), their
/// weights, and a copy of the op with other weights (same shape, same bias, strides, padding and dilation).
/// </summary>
public static class PrunableWeights
{
    /// <summary>True for an op whose weights magnitude pruning may set to zero.</summary>
    public static bool IsPrunable(Op op) => op is DenseOp or Conv1DOp or Conv2DOp;

    /// <summary>The weights of a prunable op.</summary>
    public static ConstTensor Of(Op op) => op switch
    {
        DenseOp d => d.Weights,
        Conv1DOp c => c.Weights,
        Conv2DOp c => c.Weights,
        _ => throw new ArgumentException($"{op.Kind} is not a prunable layer", nameof(op)),
    };

    /// <summary>A copy of <paramref name="op"/> with <paramref name="weights"/> (in its layout, of its size).</summary>
    public static Op With(Op op, float[] weights) => op switch
    {
        DenseOp d => new DenseOp(new ConstTensor(d.Weights.Shape, weights), d.Bias),
        Conv1DOp c => new Conv1DOp(new ConstTensor(c.Weights.Shape, weights), c.Bias, c.Stride, c.PadLeft, c.PadRight, c.Dilation),
        Conv2DOp c => new Conv2DOp(new ConstTensor(c.Weights.Shape, weights), c.Bias, c.Stride, c.Padding, c.Dilation),
        _ => throw new ArgumentException($"{op.Kind} is not a prunable layer", nameof(op)),
    };

    /// <summary>The layer's shape as a pruning report shows it: n_in x n_out for Dense, kernel and channels for a convolution.</summary>
    public static string ShapeText(Op op) => op switch
    {
        DenseOp d => $"{d.InputSize}x{d.OutputSize}",
        Conv1DOp c => $"k{c.KernelSize} {c.InChannels}->{c.OutChannels}",
        Conv2DOp c => $"k{c.KernelH}x{c.KernelW} {c.InChannels}->{c.OutChannels}",
        _ => op.Kind,
    };
}
