using Hls4Net.Core.Ir;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits the op class <typeparamref name="TOp"/>: the emitter receives its op typed.</summary>
public interface ILayerEmitter<in TOp> : ILayerEmitter
    where TOp : Op
{
    /// <summary>Produce the code pieces of the context's node, whose op is <paramref name="op"/>.</summary>
    LayerCode Emit(LayerEmitContext context, TOp op);
}
