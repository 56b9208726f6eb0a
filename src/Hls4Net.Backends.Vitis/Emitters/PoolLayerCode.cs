using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Shared code of the pooling emitters: nnet::pooling2d_cl with a pool_config.hbs struct (1-D and global pooling as 2-D windows).</summary>
public static class PoolLayerCode
{
    public static LayerCode Emit(LayerEmitContext context, PoolKind pool, bool countIncludePad)
    {
        var node = context.Node;
        var input = node.Inputs[0].Type ?? throw new GraphException($"node '{node.Name}': input type not assigned");
        var g = ConvGeometry.Of(node);
        var configName = $"config{context.Index}";
        var accumTypeName = $"{context.Id}_accum_t";
        var accum = pool == PoolKind.Average ? PoolTypes.AnyWidthAccum(node, input, g.KernelH * g.KernelW) : input; // any width (the emulator's wide path takes wide ones)
        var config = context.Renderer.Render("layers/pool_config.hbs", new
        {
            configName,
            description = node.Op.Describe(),
            inHeight = g.InH,
            inWidth = g.InW,
            nChan = g.InC,
            outHeight = g.OutH,
            outWidth = g.OutW,
            filtHeight = g.KernelH,
            filtWidth = g.KernelW,
            strideHeight = g.StrideH,
            strideWidth = g.StrideW,
            padTop = g.PadTop,
            padLeft = g.PadLeft,
            poolOp = pool == PoolKind.Max ? 0 : 1,
            countIncludePad = countIncludePad ? 1 : 0,
            reuseFactor = Math.Max(1, node.Hardware.ReuseFactor),
            accumTypeName,
            invType = PoolTypes.InverseType.ToString(),
        });
        var call = context.IsStream
            ? ElementwiseCall.Render(context, "pooling2d_cl_stream", configName)
            : context.Renderer.Render("layers/pool_call.hbs", new
        {
            inputType = context.InputTypeNames[0],
            outputType = context.OutputTypeName,
            configName,
            inputVar = context.InputVars[0],
            outputVar = context.OutputVar,
        });
        return new LayerCode
        {
            TypeDefinitions = [new TypeDefinition(accumTypeName, accum)],
            Config = config,
            Call = call,
            Includes = [context.IsStream ? "nnet_pooling_stream.h" : "nnet_pooling.h"],
            SupportsStream = true,
        };
    }
}
