using Hls4Net.Core.Handlers;
using Hls4Net.Core.Ir;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>The Vitis backend's lookup in an emitter set (the message names the node when no emitter takes it).</summary>
public static class EmitterLookup
{
    /// <summary>The emitter for <paramref name="node"/>; a one-line <see cref="GraphException"/> when there is none.</summary>
    public static ILayerEmitter Get(this OpHandlerSet<ILayerEmitter> emitters, Node node) =>
        emitters.Require(node, n => $"node '{n.Name}': the Vitis backend has no emitter for op {n.Op.Describe()} ({n.Op.GetType().Name})");
}
