using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis;

/// <summary>The one place where the layer emitters of the standard backend are registered.</summary>
public static class DefaultEmitters
{
    /// <summary>A new <see cref="EmitterSet"/> with every available layer emitter.</summary>
    public static EmitterSet Create() =>
        new EmitterSet()
            .Add(new DenseEmitter())
            .Add(new BatchNormEmitter())
            .Add(new ActivationEmitter(), ActivationEmitter.Supports)
            .Add(new TableActivationEmitter(), TableActivationEmitter.Supports)
            .Add(new SoftmaxEmitter())
            .Add(new PReluEmitter())
            .Add(new ReshapeEmitter(typeof(FlattenOp)))
            .Add(new ReshapeEmitter(typeof(ReshapeOp)))
            .Add(new ReshapeEmitter(typeof(IdentityOp)))
            .Add(new Conv1DEmitter())
            .Add(new Conv2DEmitter())
            .Add(new DepthwiseConv1DEmitter())
            .Add(new DepthwiseConv2DEmitter())
            .Add(new Pool1DEmitter())
            .Add(new Pool2DEmitter())
            .Add(new GlobalPoolEmitter())
            .Add(new ZeroPadEmitter())
            .Add(new CropEmitter())
            .Add(new TransposeEmitter())
            .Add(new UpsampleEmitter())
            .Add(new ConcatEmitter())
            .Add(new ElementwiseEmitter());
}
