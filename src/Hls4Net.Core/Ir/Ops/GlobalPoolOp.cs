namespace Hls4Net.Core.Ir.Ops;

/// <summary>Max or average over all spatial positions of a channels-last [l, c] or [h, w, c] tensor, giving [c].</summary>
public sealed class GlobalPoolOp : Op
{
    public GlobalPoolOp(PoolKind pool) => Pool = pool;

    public PoolKind Pool { get; }

    public override string Kind => Pool == PoolKind.Max ? "GlobalMaxPooling" : "GlobalAveragePooling";

    /// <inheritdoc />
    public override OpTraits Traits => new() { LayerTypeKeys = [.. KeysForInputRank(2), .. KeysForInputRank(3)] };

    /// <summary>The keys for the rank of the input: <c>GlobalMaxPooling1D</c> for [l, c], <c>...2D</c> for [h, w, c].</summary>
    public override IReadOnlyList<string> LayerTypeKeysFor(IReadOnlyList<Shape> inputs) => KeysForInputRank(inputs.Count > 0 ? inputs[0].Rank : 0);

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        ShapeRules.ExpectInputs(this, inputs, 1);
        var s = inputs[0];
        if (s.Rank is not (2 or 3)) throw new GraphException($"{Kind} expects a channels-last input of rank 2 or 3, got {s}");
        return new Shape(s.Dims[^1]);
    }

    private IReadOnlyList<string> KeysForInputRank(int inputRank)
    {
        var d = inputRank == 2 ? "1D" : "2D";
        return Pool == PoolKind.Max
            ? [$"GlobalMaxPooling{d}", $"GlobalMaxPool{d}", Kind]
            : [$"GlobalAveragePooling{d}", $"GlobalAvgPool{d}", $"GlobalAveragePool{d}", Kind];
    }
}
