using Hls4Net.Core.Handlers;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Turns one node into the typed pieces of C++ the project writer places (typedefs, config struct, call, weights)
/// (non-generic view, used by the emitter set; emitters derive from <see cref="LayerEmitter{TOp}"/>).
/// </summary>
public interface ILayerEmitter : IOpHandler
{
    /// <summary>Produce the layer's code pieces.</summary>
    LayerCode Emit(LayerEmitContext context);
}
