namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Max or average pooling over the two spatial axes of a channels-last [h, w, c] tensor, per channel.
/// Padded positions never take part: max ignores them; average divides by the number of real positions in the
/// window unless <see cref="CountIncludePad"/> (then by the full window size).
/// </summary>
public sealed class Pool2DOp : Op
{
    public Pool2DOp(PoolKind pool, (int H, int W) poolSize, (int H, int W) stride, Padding2D padding, bool countIncludePad = false)
    {
        var kind = $"{pool}Pooling2D";
        SpatialRules.CheckWindow2D(kind, poolSize.H, poolSize.W, stride, padding, (1, 1));
        if (padding.Top >= poolSize.H || padding.Bottom >= poolSize.H || padding.Left >= poolSize.W || padding.Right >= poolSize.W)
        {
            throw new GraphException($"{kind}: padding {padding} must be smaller than the pool size {poolSize.H}x{poolSize.W}");
        }
        Pool = pool;
        PoolSize = poolSize;
        Stride = stride;
        Padding = padding;
        CountIncludePad = countIncludePad;
    }

    public PoolKind Pool { get; }

    public (int H, int W) PoolSize { get; }

    public (int H, int W) Stride { get; }

    public Padding2D Padding { get; }

    /// <summary>Average only: divide by the full window size even where the window covers padding.</summary>
    public bool CountIncludePad { get; }

    public override string Kind => Pool == PoolKind.Max ? "MaxPooling2D" : "AveragePooling2D";

    /// <inheritdoc />
    public override OpTraits Traits => new()
    {
        LayerTypeKeys = Pool == PoolKind.Max ? ["MaxPooling2D", "MaxPool2D"] : ["AveragePooling2D", "AvgPool2D", "AveragePool2D"],
    };

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        var s = SpatialRules.SingleInputOfRank(this, inputs, 3);
        var (h, w) = SpatialRules.OutputSize2D(this, s, PoolSize.H, PoolSize.W, Stride, Padding, (1, 1));
        return new Shape(h, w, s[2]);
    }

    public override string Describe() =>
        $"{Kind}(size={PoolSize.H}x{PoolSize.W},stride={Stride.H}x{Stride.W},pad={Padding}{(CountIncludePad ? ",count_include_pad" : "")})";
}
