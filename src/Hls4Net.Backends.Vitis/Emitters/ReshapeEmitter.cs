using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Emits Flatten, Reshape (and a remaining Identity) in io_parallel as nnet::copy_cast (nnet_common.h): the
/// row-major elements are copied, converted when the result type differs from the input type.
/// </summary>
public sealed class ReshapeEmitter : ILayerEmitter
{
    /// <summary>An emitter for one of <see cref="FlattenOp"/>, <see cref="ReshapeOp"/> or <see cref="IdentityOp"/>.</summary>
    public ReshapeEmitter(Type opType)
    {
        if (opType != typeof(FlattenOp) && opType != typeof(ReshapeOp) && opType != typeof(IdentityOp))
        {
            throw new ArgumentException($"ReshapeEmitter handles Flatten, Reshape and Identity, not {opType.Name}");
        }
        OpType = opType;
    }

    public Type OpType { get; }

    public LayerCode Emit(LayerEmitContext context)
    {
        var node = context.Node;
        var configName = $"config{context.Index}";
        var config = context.Renderer.Render("layers/reshape_config.hbs", new
        {
            configName,
            description = Comment.Text($"{node.Name}: {node.Op.Describe()} {node.Inputs[0].Shape} -> {node.Output.Shape}"),
            nIn = node.Output.Shape.Size,
        });
        return new LayerCode
        {
            Config = config,
            Call = ElementwiseCall.Render(context, context.IsStream ? "repack_stream" : "copy_cast", configName),
            Includes = [context.IsStream ? "nnet_stream.h" : "nnet_common.h"],
            SupportsStream = true,
        };
    }
}
