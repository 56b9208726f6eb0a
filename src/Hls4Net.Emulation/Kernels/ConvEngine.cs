using Hls4Net.Core.Ir;
using Hls4Net.Emulation.Loops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Bit-accurate Conv/DepthwiseConv, mirrored by nnet_conv2d.h: the loop order of <see cref="ConvLoop"/> with
/// <see cref="FixedConvArithmetic"/> (bias stored into accum_t, one store into accum_t per real tap, result stored into
/// res_t; under hls4ml semantics each product stored into accum_t first, <see cref="ProductStore"/>), on the node's
/// cached <see cref="ConvPlan"/>; wide types take <see cref="Wide.WideConv"/>. Standard convolutions whose values provably
/// fit int lanes take <see cref="Im2ColConv"/> (same bits, stores and overflows).
/// </summary>
public static class ConvEngine
{
    /// <summary>
    /// Evaluates <paramref name="node"/> on <paramref name="input"/>. The lane path, which writes every output element,
    /// takes its result from <paramref name="buffers"/> when given (recycled arrays); the other paths allocate.
    /// </summary>
    public static FixedTensor Run(Node node, FixedTensor input, PlanCache plans, OverflowCounter overflow, RawBuffers? buffers = null)
    {
        if (Wide.WideConv.Needed(node, input.Type))
        {
            var op = (IWeightedOp)node.Op;
            return Wide.WideConv.Run(node, input, op.Weights, op.Bias, ConvPlan.IsDepthwise(node.Op), ProductStore.Applies(node), overflow);
        }
        var result = LayerTypes.Result(node);
        var plan = plans.Get(node, ConvPlan.Create);
        LayerTypes.Fast(node, input.Type, "input");
        var mac = new MacUnit(node, input.Type, plan.Weight, plan.Accum, ProductStore.Applies(node));
        var outSize = node.Output.Shape.Size;
        var resultStore = new AccumulatorStore(result, plan.Accum.FracBits);
        if (Im2ColConv.TryCreate(node, plan, input.Type, input.Batch, mac.StoresProducts) is { } lanes)
        {
            var output = buffers?.Rent(input.Batch * outSize) ?? new long[input.Batch * outSize];
            long stores = 0, overflows = 0;
            lanes.Run(input.Raw, input.Batch, resultStore, output, ref stores, ref overflows);
            overflow.Add(stores, overflows);
            return new FixedTensor(result, node.Output.Shape, input.Batch, output);
        }
        var raw = new long[input.Batch * outSize];
        var arithmetic = new FixedConvArithmetic(plan, mac, resultStore, input.Raw, raw);
        ConvLoop.Run<long, FixedConvArithmetic>(plan.Geometry, plan.Depthwise, input.Batch, ref arithmetic);
        overflow.Add(arithmetic.Stores, arithmetic.Overflows);
        return new FixedTensor(result, node.Output.Shape, input.Batch, raw);
    }
}
