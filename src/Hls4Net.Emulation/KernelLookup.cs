using Hls4Net.Core.Handlers;
using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation;

/// <summary>The emulator's lookup in a kernel set (the message names the node when no kernel takes it).</summary>
public static class KernelLookup
{
    /// <summary>The kernel for <paramref name="node"/>; a <see cref="GraphException"/> naming the node when there is none.</summary>
    public static IKernel Resolve(this OpHandlerSet<IKernel> kernels, Node node) =>
        kernels.Require(node, n => $"node '{n.Name}': the emulator has no kernel for op {n.Op.Describe()}");
}
