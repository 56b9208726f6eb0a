namespace Hls4Net.Core.Ir;

/// <summary>
/// An op that reads a flat vector and can absorb a reordering of its elements into its constants (Dense permutes
/// its weight rows), so a Transpose → Flatten in front of it can be dropped.
/// </summary>
public interface IReorderableFlatInput
{
    /// <summary>The op that, reading element s of the new input, does what this op did with element <paramref name="rowOf"/>[s].</summary>
    Op WithInputElementsReordered(IReadOnlyList<int> rowOf);
}
