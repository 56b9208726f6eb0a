namespace Hls4Net.Core.Ir.Ops;

/// <summary>Max or average over all spatial positions of a channels-last [l, c] or [h, w, c] tensor, giving [c].</summary>
public sealed class GlobalPoolOp : Op
{
    public GlobalPoolOp(PoolKind pool) => Pool = pool;

    public PoolKind Pool { get; }

    public override string Kind => Pool == PoolKind.Max ? "GlobalMaxPooling" : "GlobalAveragePooling";

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        ShapeRules.ExpectInputs(this, inputs, 1);
        var s = inputs[0];
        if (s.Rank is not (2 or 3)) throw new GraphException($"{Kind} expects a channels-last input of rank 2 or 3, got {s}");
        return new Shape(s.Dims[^1]);
    }
}
