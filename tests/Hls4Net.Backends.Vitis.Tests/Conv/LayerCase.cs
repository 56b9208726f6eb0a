using Hls4Net.Core.Ir;
using Hls4Net.Emulation;

namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>One single-node layer under test: the node (types assigned), its emulator kernel, its family and random input batches.</summary>
internal sealed record LayerCase(int Id, string Family, Node Node, IKernel Kernel, FixedTensor[] Inputs)
{
    public int Batch => Inputs[0].Batch;

    public int OutputSize => Node.Output.Shape.Size;

    public override string ToString() =>
        $"case {Id} {Node.Op.Describe()} in [{string.Join(", ", Node.Inputs.Select(v => $"{v.Shape}:{v.Type}"))}] -> {Node.Output.Shape}:{Node.Output.Type} {Node.Precision}";
}
