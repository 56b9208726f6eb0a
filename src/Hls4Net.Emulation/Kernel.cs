using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation;

/// <summary>Base of the fixed-point kernels: binds the non-generic <see cref="IKernel"/> to the typed overload.</summary>
public abstract class Kernel<TOp> : IKernel<TOp>
    where TOp : Op
{
    /// <inheritdoc />
    public Type OpType => typeof(TOp);

    /// <inheritdoc />
    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow) => node.Op is TOp op
        ? Run(node, op, inputs, overflow)
        : throw new ArgumentException($"{GetType().Name} evaluates {typeof(TOp).Name}, but node '{node.Name}' is {node.Op.Kind}", nameof(node));

    /// <inheritdoc />
    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow, RawBuffers buffers) => node.Op is TOp op
        ? Run(node, op, inputs, overflow, buffers)
        : throw new ArgumentException($"{GetType().Name} evaluates {typeof(TOp).Name}, but node '{node.Name}' is {node.Op.Kind}", nameof(node));

    /// <inheritdoc />
    public abstract FixedTensor Run(Node node, TOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow);

    /// <summary>
    /// The typed overload with recycled output arrays (see <see cref="IKernel"/>); kernels that rent their result
    /// from <paramref name="buffers"/> override it, the others allocate.
    /// </summary>
    protected virtual FixedTensor Run(Node node, TOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow, RawBuffers buffers) =>
        Run(node, op, inputs, overflow);
}
