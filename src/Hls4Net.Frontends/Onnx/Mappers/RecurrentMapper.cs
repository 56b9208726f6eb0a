using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// ONNX LSTM, GRU and RNN (forward or reverse, as torch 1.13 exports them with batch_first=True): X must be the
/// time-major view of the batch-first model input (the Transpose torch emits, <see cref="MovedBatchLayout"/>);
/// initial states must be absent or zero (torch's ConstantOfShape of the batch size folds to an empty constant).
/// The weights are regrouped into Keras' layout and gate order (ONNX LSTM i,o,f,c → i,f,c,o; GRU z,r,h as is), B's
/// two halves become the bias and the recurrent bias. Y becomes a node returning sequences, Y_h one returning the last
/// state (each only when read); Y_c, bidirectional, sequence_lens, peepholes, clip, input_forget, layout=1 and
/// activation parameters are refused naming the op and node.
/// </summary>
internal sealed class RecurrentMapper : IOnnxOpMapper
{
    private static readonly int[] LstmGate = [0, 3, 1, 2]; // ONNX gate index (i, o, f, c) → Keras gate index (i, f, c, o)

    public IReadOnlyList<string> OpTypes { get; } = ["LSTM", "GRU", "RNN"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        var a = node.Attributes;
        a.EnsureOnly("activation_alpha", "activation_beta", "activations", "clip", "direction", "hidden_size", "input_forget", "layout", "linear_before_reset");
        var kind = node.OpType;
        var gates = kind switch { "LSTM" => 4, "GRU" => 3, _ => 1 };
        var direction = Str(node, "direction", "forward");
        if (direction == "bidirectional") throw node.BadAttribute("direction", direction, "bidirectional ONNX recurrent layers are not supported (export two single-direction layers)");
        if (direction is not ("forward" or "reverse")) throw node.BadAttribute("direction", direction);
        if (a.Has("clip")) throw node.BadAttribute("clip", a.Float("clip", 0), "cell clipping is not supported");
        if (a.Int("input_forget", 0) != 0) throw node.BadAttribute("input_forget", 1, "coupled input-forget gates are not supported");
        if (a.Int("layout", 0) != 0) throw node.BadAttribute("layout", a.Int("layout", 0), "only layout 0 ([seq, batch, features]) is supported");
        if (a.Has("activation_alpha") || a.Has("activation_beta")) throw node.Error($"ONNX op '{kind}': activation_alpha/activation_beta are not supported");
        if (node.InputName(4) is not null) throw node.BadInput(4, "sequence_lens is not supported (every sequence has the full length)");
        if (kind == "LSTM" && node.InputName(7) is not null) throw node.BadInput(7, "peephole weights (P) are not supported");
        for (var i = 5; i <= 6 && i < node.InputCount; i++) RequireZeroState(node, context, i);

        var moved = context.FindMovedBatch(node, 0);
        if (moved is null || moved.BatchAxis != 1 || moved.Dims.Length != 3)
        {
            throw node.BadInput(0, "X must be [seq, batch, features] made from a batch-first input by Transpose perm [1,0,2] (torch's batch_first=True); "
                + "a model input that is itself time-major would be read with its sequence as the batch");
        }
        var x = moved.Value;
        var w = context.RequireConstant(node, 1, "W");
        var r = context.RequireConstant(node, 2, "R");
        var b = node.InputName(3) is null ? null : context.RequireConstant(node, 3, "B");
        var u = (int)a.Int("hidden_size", r.Rank == 3 ? r.Dims[2] : 0);
        var nIn = x.Shape[1];
        if (w.Rank != 3 || w.Dims[0] != 1 || w.Dims[1] != gates * u || w.Dims[2] != nIn) throw node.BadInput(1, $"W shape {w.ShapeText} is not [1, {gates * u}, {nIn}]");
        if (r.Rank != 3 || r.Dims[0] != 1 || r.Dims[1] != gates * u || r.Dims[2] != u) throw node.BadInput(2, $"R shape {r.ShapeText} is not [1, {gates * u}, {u}]");
        if (b is not null && (b.Rank != 2 || b.Dims[0] != 1 || b.Dims[1] != 2 * gates * u)) throw node.BadInput(3, $"B shape {b.ShapeText} is not [1, {2 * gates * u}]");
        var gateOf = kind == "LSTM" ? LstmGate : Enumerable.Range(0, gates).ToArray();
        var kernel = Regroup(w.Data, gates, u, nIn, gateOf);
        var recurrent = Regroup(r.Data, gates, u, u, gateOf);
        var bias = new float[gates * u];
        var recurrentBias = new float[gates * u];
        if (b is not null)
        {
            for (var g = 0; g < gates; g++)
            {
                for (var j = 0; j < u; j++)
                {
                    bias[gateOf[g] * u + j] = (float)b.Data[g * u + j];
                    recurrentBias[gateOf[g] * u + j] = (float)b.Data[(gates + g) * u + j];
                }
            }
        }
        var (act, rec) = Activations(node, kind);
        var dir = direction == "reverse" ? RecurrentDirection.Reverse : RecurrentDirection.Forward;
        var tk = new ConstTensor(new Shape(nIn, gates * u), kernel);
        var tr = new ConstTensor(new Shape(u, gates * u), recurrent);
        var tb = new ConstTensor(new Shape(gates * u), bias);
        var trb = new ConstTensor(new Shape(gates * u), recurrentBias);
        var resetAfter = a.Int("linear_before_reset", 0) != 0;
        RecurrentOp Make(bool sequences) => kind switch
        {
            "LSTM" => new LstmOp(tk, tr, tb, trb, act, rec, sequences, dir),
            "GRU" => new GruOp(tk, tr, tb, trb, resetAfter, act, rec, sequences, dir),
            _ => new SimpleRnnOp(tk, tr, tb, trb, act, sequences, dir),
        };
        var outputs = node.Proto.Output;
        if (kind == "LSTM" && outputs.Count > 2 && outputs[2].Length > 0 && context.IsUsed(outputs[2]))
            throw node.Error($"ONNX op 'LSTM': its cell state output Y_c ('{outputs[2]}') is read; only Y and Y_h are supported");
        var useY = outputs.Count > 0 && outputs[0].Length > 0 && context.IsUsed(outputs[0]);
        var useH = outputs.Count > 1 && outputs[1].Length > 0 && context.IsUsed(outputs[1]);
        if (useY)
        {
            var y = Add(context, node, node.Name, outputs[0], Make(true), x);
            context.SetMovedBatch(outputs[0], new MovedBatch(y, [x.Shape[0], 1, 0, u], 2));
        }
        if (useH)
        {
            var h = Add(context, node, useY ? node.Name + "_last" : node.Name, outputs[1], Make(false), x);
            context.SetMovedBatch(outputs[1], new MovedBatch(h, [1, 0, u], 1));
        }
    }

    private static Value Add(OnnxImportContext context, OnnxNode node, string name, string output, Op op, Value x)
    {
        Shape shape;
        try
        {
            shape = op.InferShape([x.Shape]);
        }
        catch (GraphException ex)
        {
            throw node.Error($"ONNX op '{node.OpType}' does not fit its input shape", ex.Message);
        }
        var value = new Value(output, shape);
        context.Graph.Add(new Node(name, op, [x], value));
        return value;
    }

    /// <summary>ONNX [1, G·u, n] (row g·u + j) → Keras [n, G·u] (column gateOf[g]·u + j).</summary>
    private static float[] Regroup(double[] data, int gates, int u, int n, int[] gateOf)
    {
        var result = new float[n * gates * u];
        var cols = gates * u;
        for (var g = 0; g < gates; g++)
        {
            for (var j = 0; j < u; j++)
            {
                for (var i = 0; i < n; i++) result[i * cols + gateOf[g] * u + j] = (float)data[(g * u + j) * n + i];
            }
        }
        return result;
    }

    private static (ActivationKind Act, ActivationKind Rec) Activations(OnnxNode node, string kind)
    {
        var names = node.Proto.Attribute.FirstOrDefault(x => x.Name == "activations")?.Strings.Select(s => s.ToStringUtf8()).ToArray();
        string[] defaults = kind switch { "LSTM" => ["Sigmoid", "Tanh", "Tanh"], "GRU" => ["Sigmoid", "Tanh"], _ => ["Tanh"] };
        names = names is { Length: > 0 } ? names : defaults;
        if (names.Length != defaults.Length) throw node.BadAttribute("activations", string.Join(",", names), $"a forward {kind} has {defaults.Length} activations");
        var kinds = names.Select(n => Parse(node, n)).ToArray();
        if (kind == "LSTM" && kinds[1] != kinds[2])
            throw node.BadAttribute("activations", string.Join(",", names), "the cell and output activations (g, h) must be the same function");
        return kind == "RNN" ? (kinds[0], ActivationKind.Sigmoid) : (kinds[1], kinds[0]);
    }

    private static ActivationKind Parse(OnnxNode node, string name) => name.ToLowerInvariant() switch
    {
        "sigmoid" => ActivationKind.Sigmoid,
        "tanh" => ActivationKind.Tanh,
        "relu" => ActivationKind.Relu,
        "affine" => throw node.BadAttribute("activations", name, "Affine needs alpha/beta, which are not supported"),
        _ => throw node.BadAttribute("activations", name, "supported: Sigmoid, Tanh, Relu"),
    };

    private static void RequireZeroState(OnnxNode node, OnnxImportContext context, int index)
    {
        if (node.InputName(index) is null) return;
        var c = context.TryConstant(node, index) ?? throw node.BadInput(index, "the initial state must be zero (absent or a constant)");
        if (c.Data.Any(v => v != 0)) throw node.BadInput(index, "a non-zero initial state is not supported");
    }

    private static string Str(OnnxNode node, string name, string fallback) =>
        node.Proto.Attribute.FirstOrDefault(x => x.Name == name)?.S.ToStringUtf8() ?? fallback;
}
