using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation;

/// <summary>Bit-accurate evaluation of the op class <typeparamref name="TOp"/>: the kernel receives its op typed.</summary>
public interface IKernel<in TOp> : IKernel
    where TOp : Op
{
    /// <summary>Evaluate <paramref name="node"/>, whose op is <paramref name="op"/>, on a batch (see <see cref="IKernel.Run(Hls4Net.Core.Ir.Node, IReadOnlyList{FixedTensor}, OverflowCounter)"/>).</summary>
    FixedTensor Run(Node node, TOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow);
}
