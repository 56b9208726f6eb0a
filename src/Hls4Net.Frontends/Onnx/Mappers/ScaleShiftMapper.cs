using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Mul, Div, Sub (and Add, through <see cref="AddMapper"/>) of layer data and a constant that is a scalar or one value
/// per channel become a per-channel scale and shift (<see cref="BatchNormOp"/>, which FuseBatchNormPass folds into a
/// preceding Dense). x / c is x · (1/c). Two computed operands are an element-wise merge.
/// </summary>
internal sealed class ScaleShiftMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Sub", "Mul", "Div"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly("broadcast", "axis");
        var a = context.TryConstant(node, 0);
        var b = context.TryConstant(node, 1);
        if (a is null && b is null)
        {
            if (node.OpType == "Div") throw node.Error("Div of two computed tensors is not supported (only division by a constant)");
            MergeMapper.MapElementwise(node, context, node.OpType == "Sub" ? ElementwiseKind.Sub : ElementwiseKind.Mul);
            return;
        }
        MapConstant(node, context);
    }

    /// <summary>Map <paramref name="node"/> (Add, Sub, Mul or Div) with exactly one constant operand as a scale and shift.</summary>
    public static void MapConstant(OnnxNode node, OnnxImportContext context)
    {
        var a = context.TryConstant(node, 0);
        var b = context.TryConstant(node, 1);
        if (a is not null && b is not null) throw node.Error($"ONNX op '{node.OpType}' of two constants was not folded");
        if (node.OpType == "Div" && a is not null) throw node.BadInput(0, "division of a constant by layer data is not supported (only division by a constant)");
        var dataIndex = a is null ? 0 : 1;
        var x = context.Activation(node, dataIndex);
        var v = ChannelVector.Of(node, 1 - dataIndex, (a ?? b)!, x);
        var n = v.Values.Length;
        var scale = new float[n];
        var shift = new float[n];
        for (var j = 0; j < n; j++)
        {
            var c = v.Values[j];
            (scale[j], shift[j]) = node.OpType switch
            {
                "Mul" => (c, 0f),
                "Div" => ((float)(1.0 / c), 0f),
                "Add" => (1f, c),
                _ => dataIndex == 0 ? (1f, -c) : (-1f, c),
            };
        }
        Apply(node, context, x, v.OnChannelAxis, scale, shift);
    }

    /// <summary>Add y = x·scale + shift per channel for <paramref name="node"/>.</summary>
    public static void Apply(OnnxNode node, OnnxImportContext context, Value x, bool onChannelAxis, float[] scale, float[] shift)
    {
        var op = new BatchNormOp(new ConstTensor(new Shape(scale.Length), scale), new ConstTensor(new Shape(shift.Length), shift));
        if (onChannelAxis) ChannelsFirst.Wrap(node, context, op, x);
        else context.AddNode(node, op, x);
    }
}
