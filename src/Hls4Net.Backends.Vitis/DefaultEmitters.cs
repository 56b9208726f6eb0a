using Hls4Net.Backends.Vitis.Emitters;

namespace Hls4Net.Backends.Vitis;

/// <summary>The one place where the layer emitters of the standard backend are registered.</summary>
public static class DefaultEmitters
{
    /// <summary>
    /// A new <see cref="EmitterSet"/> with every available layer emitter.
    /// Currently: table activations and softmax; Dense, BatchNorm and the piecewise activations are added here
    /// by their authors as they land.
    /// </summary>
    public static EmitterSet Create() =>
        new EmitterSet()
            .Add(new TableActivationEmitter(), TableActivationEmitter.Supports)
            .Add(new SoftmaxEmitter());
}
