using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation.Float;

/// <summary>Double-precision evaluation of the op class <typeparamref name="TOp"/>: the kernel receives its op typed.</summary>
public interface IFloatKernel<in TOp> : IFloatKernel
    where TOp : Op
{
    /// <summary>Evaluate <paramref name="node"/>, whose op is <paramref name="op"/> (see <see cref="IFloatKernel.Run"/>).</summary>
    double[] Run(Node node, TOp op, IReadOnlyList<double[]> inputs, int batch);
}
