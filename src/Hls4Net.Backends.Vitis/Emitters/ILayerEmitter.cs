using Hls4Net.Core.Ir;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Turns one node into the typed pieces of C++ the project writer places (typedefs, config struct, call, weights).</summary>
public interface ILayerEmitter
{
    /// <summary>The op class this emitter handles.</summary>
    Type OpType { get; }

    /// <summary>Produce the layer's code pieces.</summary>
    LayerCode Emit(LayerEmitContext context);
}
