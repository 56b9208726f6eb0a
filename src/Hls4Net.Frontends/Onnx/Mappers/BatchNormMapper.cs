using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Inference BatchNormalization with constant scale, bias, mean and variance, over the feature axis of a
/// (batch, features) input, to <see cref="BatchNormOp.FromStatistics"/>.
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
        if (x.Shape.Rank != 1)
        {
            throw node.BadInput(0, $"BatchNormalization on {x.Shape} per sample normalizes channels first; only (batch, features) inputs are supported for now");
        }
        var n = x.Shape[0];
        var gamma = Vector(node, context, 1, "scale", n);
        var beta = Vector(node, context, 2, "bias", n);
        var mean = Vector(node, context, 3, "mean", n);
        var variance = Vector(node, context, 4, "variance", n);
        var value = context.AddNode(node, BatchNormOp.FromStatistics(gamma, beta, mean, variance, epsilon), x);
        if (swapped) context.SetBatchSwapped(node.OutputName, value);
    }

    private static float[] Vector(OnnxNode node, OnnxImportContext context, int index, string role, int n)
    {
        var c = context.RequireConstant(node, index, role);
        if (c.Size != n) throw node.BadInput(index, $"the {role} has {c.Size} values but the input has {n} features");
        return c.ToFloats();
    }
}
