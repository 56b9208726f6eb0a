using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Frontends.Onnx.Mappers;
using Hls4Net.Frontends.Onnx.Proto;

namespace Hls4Net.Frontends.Onnx.Quantization;

/// <summary>
/// A quantizer of layer data whose one scale s is not a power of two (zero point 0), as explicit scale layers in the
/// spirit of hls4ml's <c>ApplyAlpha</c>: a scale layer multiplies by 1/s and stores into the quantizer's integer type
/// (<c>ap_[u]fixed&lt;b, b, mode, AP_SAT or AP_SAT_SYM&gt;</c>: the rounding and clipping of q), then a second scale layer
/// multiplies q by s into the exact product type. 1/s and s are held to float32 precision (the values ONNX holds), so
/// the firmware's q differs from round(x/s) only where x/s lies within about 2^-24 of a rounding boundary.
/// </summary>
internal static class ScaledActivationQuantizer
{
    /// <summary>Quantize <paramref name="x"/> by <paramref name="spec"/> for <paramref name="node"/>, whose output stands for the result.</summary>
    public static void Apply(OnnxNode node, OnnxImportContext context, QuantizerSpec spec, Value x)
    {
        var s = spec.Scale.Data[0];
        var integer = new QuantizerSpec(spec.Dialect, spec.Op, spec.NodeName, QonnxInputs.Scalar("one", 1), spec.ZeroPoint, spec.BitWidth, spec.Signed, spec.Narrow, spec.Rounding)
            .ActivationType(node);
        var n = x.Shape[0];
        var inverse = (float)(1 / s);
        var scale = (float)s;

        // Step 1: q = round(x · 1/s), clipped: a scale layer whose result type is the integer type.
        var proto = new NodeProto { Name = node.Name + "_unscale", OpType = node.OpType, Domain = node.Proto.Domain };
        proto.Output.Add(node.OutputName + "_int");
        var unscale = new OnnxNode(proto, proto.Name, node.ModelName, node.Opset);
        ScaleShiftMapper.Apply(unscale, context, x, x.Shape.Rank > 1, Enumerable.Repeat(inverse, n).ToArray(), new float[n]);
        var first = Layer(context, unscale.OutputName);
        Annotate(first, spec, FloatType(inverse), integer);
        first.Annotations.Set(ImportHints.OutputQuantizer, new ModelQuantizer(integer));

        // Step 2: y = q · s, exact.
        var q = context.FindValue(unscale.OutputName)!;
        ScaleShiftMapper.Apply(node, context, q, q.Shape.Rank > 1, Enumerable.Repeat(scale, n).ToArray(), new float[n]);
        var weight = FloatType(scale);
        Annotate(Layer(context, node.OutputName), spec, weight, FixedType.MulResult(integer, weight));
    }

    /// <summary>A signed type that holds the float32 value <paramref name="c"/> &gt; 0 exactly (24 significant bits).</summary>
    private static FixedType FloatType(float c)
    {
        var e = Math.ILogB(c);
        return new FixedType(25, e + 2, true);
    }

    private static Node Layer(OnnxImportContext context, string tensor)
    {
        var producer = context.FindValue(tensor)!.Producer!;
        return producer.Op is Core.Ir.Ops.TransposeOp ? producer.Inputs[0].Producer! : producer;
    }

    private static void Annotate(Node layer, QuantizerSpec spec, FixedType weight, FixedType result)
    {
        layer.Annotations.Set(ImportHints.WeightType, weight);
        layer.Annotations.Set(ImportHints.BiasType, new FixedType(2, 2, true));
        layer.Annotations.Set(ImportHints.ResultType, result);
        layer.Annotations.Set(ImportHints.Quantizer, new QuantizerOrigin(spec.Dialect, spec.Origin, spec.Origin));
    }
}
