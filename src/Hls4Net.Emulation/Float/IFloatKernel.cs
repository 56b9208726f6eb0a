using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation.Float;

/// <summary>Double-precision evaluation of one op kind for the <see cref="FloatInterpreter"/> (ops it does not know itself).</summary>
public interface IFloatKernel
{
    /// <summary>The op class this kernel evaluates.</summary>
    Type OpType { get; }

    /// <summary>Evaluate <paramref name="node"/> on a batch of batch-major inputs; returns the batch-major output.</summary>
    double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch);
}
