using Hls4Net.Core.Handlers;
using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// Double-precision evaluation of one op kind for the <see cref="FloatInterpreter"/> (non-generic view, used by the
/// float kernel set; kernels derive from <see cref="FloatKernel{TOp}"/>).
/// </summary>
public interface IFloatKernel : IOpHandler
{
    /// <summary>Evaluate <paramref name="node"/> on a batch of batch-major inputs; returns the batch-major output.</summary>
    double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch);
}
