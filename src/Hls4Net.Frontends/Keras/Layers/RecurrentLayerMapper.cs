using System.Text.Json;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>
/// Keras SimpleRNN, LSTM and GRU (return_sequences, go_backwards, GRU's reset_after; activations linear, relu,
/// sigmoid, tanh), and the Bidirectional wrapper around one of them (a forward node and a reverse node merged by
/// concat, sum, mul or ave). Weights in Keras' layout: kernel [F, G·u], recurrent_kernel [u, G·u], bias [G·u], or
/// [2, 3u] for GRU with reset_after (input bias, recurrent bias). Refused with the layer named: return_state, stateful,
/// other activations, a Bidirectional with its own backward_layer or around another class. Dropout and unroll change
/// nothing at inference and are ignored.
/// </summary>
public sealed class RecurrentLayerMapper : IKerasLayerMapper
{
    public IReadOnlyList<string> ClassNames { get; } = ["SimpleRNN", "LSTM", "GRU", "Bidirectional"];

    public Value Map(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context)
    {
        var weights = context.Weights.For(layer.Name);
        if (layer.ClassName != "Bidirectional") return Add(context, layer, layer, weights, inputs[0], null, layer.Name);
        if (!layer.Config.TryGetProperty("layer", out var innerSpec) || innerSpec.ValueKind != JsonValueKind.Object
            || !innerSpec.TryGetProperty("class_name", out var cls) || !innerSpec.TryGetProperty("config", out var innerConfig))
        {
            throw context.Error(layer, "the wrapped layer's description is missing");
        }
        var inner = new KerasLayer(cls.GetString() ?? "", layer.Name, innerConfig, layer.Inbound);
        if (inner.ClassName is not ("SimpleRNN" or "LSTM" or "GRU")) throw context.Error(layer, $"Bidirectional({inner.ClassName}) is not supported (SimpleRNN, LSTM or GRU)");
        if (layer.Config.TryGetProperty("backward_layer", out var back) && back.ValueKind == JsonValueKind.Object)
            throw context.Error(layer, "a Bidirectional layer with its own backward_layer is not supported");
        if (weights.Count % 2 != 0 || weights.Count == 0) throw context.Error(layer, $"expected the forward and backward weights, found {weights.Count} arrays");
        var half = weights.Count / 2;
        var mode = layer.String("merge_mode") ?? "concat";
        var fwd = Add(context, layer, inner, weights.Take(half).ToList(), inputs[0], RecurrentDirection.Forward, layer.Name + "_forward");
        var bwd = Add(context, layer, inner, weights.Skip(half).ToList(), inputs[0], RecurrentDirection.Reverse, layer.Name + "_backward");
        Op merge = mode switch
        {
            "concat" => new ConcatOp(fwd.Shape.Rank - 1),
            "sum" => new ElementwiseOp(ElementwiseKind.Add),
            "mul" => new ElementwiseOp(ElementwiseKind.Mul),
            "ave" => new ElementwiseOp(ElementwiseKind.Average),
            _ => throw context.Error(layer, $"merge_mode '{mode}' is not supported (concat, sum, mul, ave)"),
        };
        return context.Graph.Add(layer.Name, merge, fwd, bwd).Output;
    }

    private static Value Add(KerasImportContext context, KerasLayer outer, KerasLayer layer, IReadOnlyList<KerasWeight> weights, Value x,
        RecurrentDirection? forced, string name)
    {
        if (layer.Bool("return_state", false)) throw context.Error(outer, "return_state=True is not supported (the layer has one output)");
        if (layer.Bool("stateful", false)) throw context.Error(outer, "stateful=True is not supported (every sample starts from a zero state)");
        if (x.Shape.Rank != 2) throw context.Error(outer, $"the input must be a sequence [steps, features], got {x.Shape}");
        var kind = layer.ClassName;
        var gates = kind switch { "LSTM" => 4, "GRU" => 3, _ => 1 };
        var kernel = context.Weight(outer, weights, "kernel", 0);
        var recurrent = context.Weight(outer, weights, "recurrent_kernel", 1);
        if (kernel.Shape.Rank != 2 || kernel.Shape[1] % gates != 0) throw context.Error(outer, $"kernel has shape {kernel.Shape}, expected [features, {gates}·units]");
        var u = kernel.Shape[1] / gates;
        if ((int)layer.Number("units", u) != u) throw context.Error(outer, $"the kernel {kernel.Shape} does not hold units={layer.Number("units", u)}");
        var gu = gates * u;
        var resetAfter = kind == "GRU" && layer.Bool("reset_after", true);
        var bias = new float[gu];
        var recurrentBias = new float[gu];
        if (layer.Bool("use_bias", true))
        {
            var b = context.Weight(outer, weights, "bias", 2);
            if (resetAfter)
            {
                if (b.Shape.Rank != 2 || b.Shape[0] != 2 || b.Shape[1] != gu) throw context.Error(outer, $"GRU reset_after bias has shape {b.Shape}, expected [2, {gu}]");
                Array.Copy(b.Data, 0, bias, 0, gu);
                Array.Copy(b.Data, gu, recurrentBias, 0, gu);
            }
            else
            {
                if (b.Size != gu) throw context.Error(outer, $"bias has shape {b.Shape}, expected [{gu}]");
                Array.Copy(b.Data, bias, gu);
            }
        }
        var act = Activation(context, outer, layer, "activation", "tanh");
        var rec = kind == "SimpleRNN" ? ActivationKind.Sigmoid : Activation(context, outer, layer, "recurrent_activation", "sigmoid");
        var sequences = layer.Bool("return_sequences", false);
        var direction = forced ?? (layer.Bool("go_backwards", false) ? RecurrentDirection.Backward : RecurrentDirection.Forward);
        if (forced is not null && layer.Bool("go_backwards", false)) throw context.Error(outer, "go_backwards inside Bidirectional is not supported");
        var tk = kernel;
        var tr = new ConstTensor(new Shape(u, gu), recurrent.Data);
        var tb = new ConstTensor(new Shape(gu), bias);
        var trb = new ConstTensor(new Shape(gu), recurrentBias);
        if (recurrent.Size != u * gu) throw context.Error(outer, $"recurrent_kernel has shape {recurrent.Shape}, expected [{u}, {gu}]");
        RecurrentOp op;
        try
        {
            op = kind switch
            {
                "LSTM" => new LstmOp(tk, tr, tb, trb, act, rec, sequences, direction),
                "GRU" => new GruOp(tk, tr, tb, trb, resetAfter, act, rec, sequences, direction),
                _ => new SimpleRnnOp(tk, tr, tb, trb, act, sequences, direction),
            };
        }
        catch (GraphException e)
        {
            throw context.Error(outer, e.Message);
        }
        if (x.Shape[1] != op.InputSize) throw context.Error(outer, $"the kernel takes {op.InputSize} features, the input has {x.Shape[1]}");
        return context.Graph.Add(name, op, x).Output;
    }

    private static ActivationKind Activation(KerasImportContext context, KerasLayer outer, KerasLayer layer, string key, string fallback)
    {
        var name = layer.String(key) ?? fallback;
        return name switch
        {
            "linear" => ActivationKind.Linear,
            "relu" => ActivationKind.Relu,
            "sigmoid" => ActivationKind.Sigmoid,
            "tanh" => ActivationKind.Tanh,
            _ => throw context.Error(outer, $"{key} '{name}' is not supported in a recurrent layer (linear, relu, sigmoid, tanh)"),
        };
    }
}
