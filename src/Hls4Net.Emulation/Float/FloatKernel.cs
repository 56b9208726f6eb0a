using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation.Float;

/// <summary>Base of the float kernels: binds the non-generic <see cref="IFloatKernel"/> to the typed overload.</summary>
public abstract class FloatKernel<TOp> : IFloatKernel<TOp>
    where TOp : Op
{
    /// <inheritdoc />
    public Type OpType => typeof(TOp);

    /// <inheritdoc />
    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch) => node.Op is TOp op
        ? Run(node, op, inputs, batch)
        : throw new ArgumentException($"{GetType().Name} evaluates {typeof(TOp).Name}, but node '{node.Name}' is {node.Op.Kind}", nameof(node));

    /// <inheritdoc />
    public abstract double[] Run(Node node, TOp op, IReadOnlyList<double[]> inputs, int batch);
}
