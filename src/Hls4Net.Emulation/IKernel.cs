using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation;

/// <summary>Bit-accurate evaluation of one op kind, matching the C++ kernel in templates/vitis/nnet_utils.</summary>
public interface IKernel
{
    /// <summary>The op class this kernel evaluates.</summary>
    Type OpType { get; }

    /// <summary>
    /// Evaluate <paramref name="node"/> on a batch. The result has type <c>node.Output.Type</c>.
    /// Every store into a fixed-point type that was out of the type's range before overflow handling is
    /// counted in <paramref name="overflow"/>.
    /// </summary>
    FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow);
}
