using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Onnx.Quantization;

/// <summary>
/// Applies a quantizer of layer data. When the layer that computes the tensor can take it (the tensor is read only by
/// the quantizer, the layer has no quantized output yet and its output is stored, not aliased), the quantizer's type
/// becomes that layer's result type: its output stored into the type is the quantizer applied to what it computed.
/// Re-layouts (Transpose, Flatten, Reshape) in between are looked through. Otherwise (a graph input, a tensor read
/// elsewhere too, two quantizers in a row, a layer folded away later) an explicit quantize layer, a linear activation of
/// that type, is added. Either way the node carries the type as a result hint, the quantizer itself for the float
/// reference (<see cref="ImportHints.OutputQuantizer"/>) and its origin (<see cref="ImportHints.Quantizer"/>).
/// </summary>
internal static class ActivationQuantizer
{
    /// <summary>Quantize input <paramref name="index"/> of <paramref name="node"/> into <paramref name="type"/>; the node's output stands for the result.</summary>
    public static Value Apply(OnnxNode node, OnnxImportContext context, int index, FixedType type, QuantizerSpec spec) =>
        Apply(node, context, context.Activation(node, index), node.InputName(index)!, type, spec.Dialect, spec.Origin, node.OutputName);

    /// <summary>Quantize <paramref name="x"/> (ONNX tensor <paramref name="inputName"/>) into <paramref name="type"/> as tensor <paramref name="outputName"/>.</summary>
    public static Value Apply(OnnxNode node, OnnxImportContext context, Value x, string inputName, FixedType type, string dialect, string origin, string outputName)
    {
        var quantizer = new ModelQuantizer(type);
        var owner = context.IsReadOnlyOnce(inputName) ? Owner(context.Graph, x) : null;
        Value result;
        if (owner is null)
        {
            var layer = new Node(outputName == node.OutputName ? node.Name : outputName, new ActivationOp(ActivationKind.Linear), [x], new Value(outputName, x.Shape));
            context.Graph.Add(layer);
            owner = layer;
            result = layer.Output;
        }
        else
        {
            result = x;
        }
        owner.Annotations.Set(ImportHints.ResultType, type);
        owner.Annotations.Set(ImportHints.OutputQuantizer, quantizer);
        var o = new QuantizerOrigin(dialect, Result: origin);
        owner.Annotations.Set(ImportHints.Quantizer, owner.Annotations.TryGet(ImportHints.Quantizer, out var old) ? o.Merge(old) : o);
        context.SetValue(outputName, result);
        return result;
    }

    /// <summary>The layer that computes <paramref name="x"/> and can store it into a quantizer's type, or null.</summary>
    private static Node? Owner(Graph graph, Value x)
    {
        var v = x;
        while (true)
        {
            var p = v.Producer;
            if (p is null || p.Outputs.Count != 1) return null;
            if (graph.Consumers(v).Count() > 1) return null;
            if (p.Op is TransposeOp || p.Op.Traits.KeepsInputType)
            {
                v = p.Inputs[0];
                continue;
            }
            if (p.Op is BiasAddOp && p.Inputs[0].Producer is { Op: MatMulOp } mm && graph.Consumers(p.Inputs[0]).Count() == 1)
            {
                p = mm; // FoldMatMulBiasPass keeps the MatMul node (as a Dense) and removes the Add.
            }
            if (p.Op is IdentityOp or BiasAddOp) return null;
            if (p.Annotations.TryGet(ImportHints.ResultType, out _)) return null;
            return p;
        }
    }
}
