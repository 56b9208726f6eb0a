using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;

namespace Hls4Net.Verification;

/// <summary>Computes a model's outputs in floating point, as the reference the fixed-point emulator is judged by.</summary>
public interface IFloatReference
{
    /// <summary>Human-readable name of the reference, e.g. "ONNX Runtime 1.30.0 (float32)".</summary>
    string Description { get; }

    /// <summary>Run on <paramref name="samples"/>; also return the float outputs of <paramref name="traceNodes"/> where possible.</summary>
    FloatRun Run(SampleSet samples, IReadOnlyList<Node> traceNodes);
}
