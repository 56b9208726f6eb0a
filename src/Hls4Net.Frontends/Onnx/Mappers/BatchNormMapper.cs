using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Inference BatchNormalization with constant scale, bias, mean and variance over the channel axis (axis 1) of an
/// input of any rank, to <see cref="BatchNormOp.FromStatistics"/>: fused into a Conv that it directly follows,
/// otherwise a standalone per-channel scale and shift (wrapped in channels-last transposes for rank 3 and up).
/// A BatchNormalization right after a Dense is fused later by FuseBatchNormPass.
/// </summary>
/// <remarks>
/// Old onnxmltools exports of Keras wrap it as Transpose → BatchNormalization → Transpose on 2-D data; the
/// transposes are recorded as a batch swap by <see cref="TransposeMapper"/> and accepted here as the same
/// per-feature normalization.
/// </remarks>
internal sealed class BatchNormMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["BatchNormalization"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        var a = node.Attributes;
        // momentum only matters for training; spatial (opset < 9) makes no difference on (batch, features) data.
        a.EnsureOnly("epsilon", "momentum", "spatial", "training_mode");
        var epsilon = a.Float("epsilon", 1e-5);
        var training = a.Int("training_mode", 0);
        if (training != 0) throw node.BadAttribute("training_mode", training, "only inference mode can be imported");
        var x = context.ActivationAllowingBatchSwap(node, 0, out var swapped);
        // Channels are axis 1 of the ONNX tensor [N, C, ...]: the first axis of the per-sample shape.
        var n = x.Shape[0];
        var gamma = Vector(node, context, 1, "scale", n);
        var beta = Vector(node, context, 2, "bias", n);
        var mean = Vector(node, context, 3, "mean", n);
        var variance = Vector(node, context, 4, "variance", n);
        var op = BatchNormOp.FromStatistics(gamma, beta, mean, variance, epsilon);
        if (x.Shape.Rank == 1)
        {
            var value = context.AddNode(node, op, x);
            if (swapped) context.SetBatchSwapped(node.OutputName, value);
            return;
        }
        if (swapped) throw node.BadInput(0, $"BatchNormalization of {x.Shape} per sample after a Transpose that moved the batch axis is not supported");
        if (ConvBatchNormFusion.TryFuse(node, context, x, op)) return;
        if (x.Shape.Dims.Skip(1).All(d => d == 1))
        {
            // [C, 1, ...] (PyTorch's Linear → Unsqueeze → BatchNormalization → Squeeze): normalize the flat vector.
            var flat = SampleReshape.To(context.Graph, x, new Shape(n), node.Name + "_flat");
            var normalized = context.Graph.Add(node.Name, op, flat).Output;
            var result = SampleReshape.To(context.Graph, normalized, x.Shape, node.Name + "_unflat");
            result.Name = node.OutputName;
            context.SetValue(node.OutputName, result);
            return;
        }
        ChannelsFirst.Wrap(node, context, op, x);
    }

    private static float[] Vector(OnnxNode node, OnnxImportContext context, int index, string role, int n)
    {
        var c = context.RequireConstant(node, index, role);
        if (c.Size != n) throw node.BadInput(index, $"the {role} has {c.Size} values but the input has {n} features");
        return c.ToFloats();
    }
}
