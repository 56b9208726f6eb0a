namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Inference batch normalization folded to y = x·Scale + Shift per channel (last axis), where
/// Scale = gamma/sqrt(var+eps) and Shift = beta - mean·Scale.
/// </summary>
public sealed class BatchNormOp : Op
{
    public BatchNormOp(ConstTensor scale, ConstTensor shift)
    {
        if (scale.Shape.Rank != 1 || !scale.Shape.Equals(shift.Shape))
        {
            throw new GraphException($"BatchNormalization scale {scale.Shape} and shift {shift.Shape} must be equal rank-1 shapes");
        }
        Scale = scale;
        Shift = shift;
    }

    public ConstTensor Scale { get; }

    public ConstTensor Shift { get; }

    public override string Kind => "BatchNormalization";

    private static readonly OpTraits BatchNormTraits = new()
    {
        LayerTypeKeys = ["BatchNormalization", "QBatchNormalization"],
        PrecisionSlots = PrecisionSlotUse.WeightBiasAccum,
    };

    /// <inheritdoc />
    public override OpTraits Traits => BatchNormTraits;

    public override int ParameterCount => Scale.Size + Shift.Size;

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        var s = ShapeRules.SameAsSingleInput(this, inputs);
        if (s.Dims[^1] != Scale.Size) throw new GraphException($"BatchNormalization has {Scale.Size} channels but input shape is {s}");
        return s;
    }

    /// <summary>Build from the usual gamma, beta, mean, variance and epsilon.</summary>
    public static BatchNormOp FromStatistics(float[] gamma, float[] beta, float[] mean, float[] variance, double epsilon)
    {
        var n = gamma.Length;
        var scale = new float[n];
        var shift = new float[n];
        for (var i = 0; i < n; i++)
        {
            var s = gamma[i] / Math.Sqrt(variance[i] + epsilon);
            scale[i] = (float)s;
            shift[i] = (float)(beta[i] - mean[i] * s);
        }
        return new BatchNormOp(new ConstTensor(new Shape(n), scale), new ConstTensor(new Shape(n), shift));
    }
}
