using Hls4Net.Core.Handlers;
using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation;

/// <summary>
/// Bit-accurate evaluation of one op kind, matching the C++ kernel in templates/vitis/nnet_utils (non-generic view,
/// used by the kernel set; kernels derive from <see cref="Kernel{TOp}"/>).
/// </summary>
public interface IKernel : IOpHandler
{
    /// <summary>
    /// Evaluate <paramref name="node"/> on a batch. The result has type <c>node.Output.Type</c>.
    /// Every store into a fixed-point type that was out of the type's range before overflow handling is
    /// counted in <paramref name="overflow"/>.
    /// </summary>
    FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow);

    /// <summary>
    /// Like <see cref="Run(Node, IReadOnlyList{FixedTensor}, OverflowCounter)"/>, but a kernel may take its result's raw
    /// codes from <paramref name="buffers"/> (recycled arrays of undefined contents, every element then written). The
    /// results are the same bits and counts; kernels that do not rent simply allocate.
    /// </summary>
    FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow, RawBuffers buffers) => Run(node, inputs, overflow);
}
