using Hls4Net.Core.Ir;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Base of the layer emitters: binds the non-generic <see cref="ILayerEmitter"/> to the typed overload.</summary>
public abstract class LayerEmitter<TOp> : ILayerEmitter<TOp>
    where TOp : Op
{
    /// <inheritdoc />
    public Type OpType => typeof(TOp);

    /// <inheritdoc />
    public LayerCode Emit(LayerEmitContext context) => context.Node.Op is TOp op
        ? Emit(context, op)
        : throw new ArgumentException($"{GetType().Name} emits {typeof(TOp).Name}, but node '{context.Node.Name}' is {context.Node.Op.Kind}", nameof(context));

    /// <inheritdoc />
    public abstract LayerCode Emit(LayerEmitContext context, TOp op);
}
