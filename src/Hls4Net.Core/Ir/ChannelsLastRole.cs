namespace Hls4Net.Core.Ir;

/// <summary>How an op lets the channels-last pass move a layout Transpose across it.</summary>
public enum ChannelsLastRole
{
    /// <summary>A Transpose in front of the op stays there.</summary>
    Opaque,

    /// <summary>Element-wise on one input: a Transpose read only by the op moves below it.</summary>
    ElementwiseUnary,

    /// <summary>
    /// Merges inputs of one layout: when every input is a Transpose with the same permutation, the op runs on the
    /// untransposed inputs and one Transpose follows (an op with axis attributes implements <see cref="IAxisRemappable"/>).
    /// </summary>
    Merge,

    /// <summary>Flattens its input: a Transpose before it folds into the readers when they implement <see cref="IReorderableFlatInput"/>.</summary>
    Flatten,
}
