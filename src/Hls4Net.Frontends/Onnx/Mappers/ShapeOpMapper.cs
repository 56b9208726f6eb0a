using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>Flatten and Reshape of the per-sample shape; the leading batch axis stays in place and is dropped from the IR shape.</summary>
internal sealed class ShapeOpMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Flatten", "Reshape"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        if (node.OpType == "Flatten") MapFlatten(node, context);
        else MapReshape(node, context);
    }

    private static void MapFlatten(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly("axis");
        var x = context.Activation(node, 0);
        var rank = x.Shape.Rank + 1;
        var axis = node.Attributes.Int("axis", 1);
        var normalized = axis < 0 ? axis + rank : axis;
        // axis 1 is the usual "keep the batch, flatten the rest". axis 0 strictly gives [1, N*size]; old Keras
        // converters (onnxmltools) emit it for Keras Flatten with a fixed batch of 1, and the intent is the same
        // per-sample flatten, so it is read that way. A larger axis k gives [N*d1*..*d(k-1), dk*..]: a per-sample
        // reshape to [d1*..*d(k-1), dk*..] only when d1..d(k-1) are all 1 (else samples would be split into rows).
        if (normalized < 0 || normalized > rank) throw node.BadAttribute("axis", axis, $"the input has rank {rank}");
        if (normalized > 1 && x.Shape.Dims.Take((int)normalized - 1).Any(d => d != 1))
        {
            throw node.BadAttribute("axis", axis, $"flattening at axis {axis} would merge the batch axis with axes of input shape {x.Shape} per sample");
        }
        if (normalized <= 1 && x.Shape.Rank > 1)
        {
            context.AddNode(node, new FlattenOp(), x);
            return;
        }
        SampleReshape.Apply(node, context, x, new Shape(x.Shape.Dims.Skip(Math.Max(0, (int)normalized - 1)).Aggregate(1, (p, d) => p * d)));
    }

    private static void MapReshape(OnnxNode node, OnnxImportContext context)
    {
        long[] target;
        long allowZero = 0;
        if (node.Opset < 5)
        {
            node.Attributes.EnsureOnly("shape");
            target = node.Attributes.Ints("shape") ?? throw node.Error("Reshape (opset < 5) is missing its 'shape' attribute");
        }
        else
        {
            node.Attributes.EnsureOnly("allowzero");
            allowZero = node.Attributes.Int("allowzero", 0);
            target = context.RequireConstant(node, 1, "target shape").ToInt64s();
        }
        var x = context.Activation(node, 0);
        if (allowZero != 0 && target.Contains(0)) throw node.BadAttribute("allowzero", allowZero, "a zero-sized dimension is not supported");
        SampleReshape.Apply(node, context, x, SampleShape(node, x.Shape, target));
    }

    /// <summary>Resolve an ONNX target shape (batch first, 0 = copy, -1 = infer) to the IR shape without batch.</summary>
    private static Shape SampleShape(OnnxNode node, Shape input, long[] target)
    {
        string Describe() => "[" + string.Join(",", target) + "]";
        if (target.Length < 2)
        {
            throw node.BadInput(1, $"target shape {Describe()} would merge the batch axis into the features");
        }
        if (target.Count(d => d == -1) > 1) throw node.BadInput(1, $"target shape {Describe()} has more than one -1");
        // target[0] is the batch axis whatever it says (0 = copy, -1 = infer, or the exporter's fixed batch such
        // as 1): every sample keeps its elements only if the remaining axes hold exactly one sample.
        var dims = new long[target.Length - 1];
        var inferAt = -1;
        for (var i = 1; i < target.Length; i++)
        {
            var d = target[i];
            if (d == 0) d = i - 1 < input.Rank ? input[i - 1] : throw node.BadInput(1, $"target shape {Describe()} copies axis {i} that the input lacks");
            if (d == -1)
            {
                inferAt = i - 1;
                d = 1;
            }
            else if (d <= 0) throw node.BadInput(1, $"target shape {Describe()} has an invalid dimension {d}");
            dims[i - 1] = d;
        }
        var known = dims.Aggregate(1L, (p, d) => p * d);
        if (inferAt >= 0)
        {
            if (input.Size % known != 0) throw node.BadInput(1, $"cannot reshape {input} per sample to {Describe()}");
            dims[inferAt] = input.Size / known;
        }
        if (dims.Aggregate(1L, (p, d) => p * d) != input.Size)
        {
            throw node.BadInput(1, $"target shape {Describe()} does not hold the {input.Size} values of one sample ({input})");
        }
        return new Shape(dims.Select(d => (int)d).ToArray());
    }
}
