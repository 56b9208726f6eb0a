namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Max or average pooling over the length axis of a channels-last [length, c] tensor, per channel.
/// Padded positions never take part: max ignores them; average divides by the number of real positions in the
/// window unless <see cref="CountIncludePad"/> (then by <see cref="PoolSize"/>).
/// </summary>
public sealed class Pool1DOp : Op
{
    public Pool1DOp(PoolKind pool, int poolSize, int stride, int padLeft = 0, int padRight = 0, bool countIncludePad = false)
    {
        SpatialRules.CheckWindow($"{pool}Pooling1D", poolSize, stride, padLeft, padRight, 1);
        if (padLeft >= poolSize || padRight >= poolSize)
        {
            throw new GraphException($"{pool}Pooling1D: padding {padLeft}/{padRight} must be smaller than the pool size {poolSize}");
        }
        Pool = pool;
        PoolSize = poolSize;
        Stride = stride;
        PadLeft = padLeft;
        PadRight = padRight;
        CountIncludePad = countIncludePad;
    }

    public PoolKind Pool { get; }

    public int PoolSize { get; }

    public int Stride { get; }

    public int PadLeft { get; }

    public int PadRight { get; }

    /// <summary>Average only: divide by the full pool size even where the window covers padding.</summary>
    public bool CountIncludePad { get; }

    public override string Kind => Pool == PoolKind.Max ? "MaxPooling1D" : "AveragePooling1D";

    /// <inheritdoc />
    public override OpTraits Traits => new()
    {
        LayerTypeKeys = Pool == PoolKind.Max ? ["MaxPooling1D", "MaxPool1D"] : ["AveragePooling1D", "AvgPool1D", "AveragePool1D"],
    };

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        var s = SpatialRules.SingleInputOfRank(this, inputs, 2);
        return new Shape(SpatialRules.OutputLength(this, "length", s[0], PoolSize, Stride, PadLeft, PadRight, 1), s[1]);
    }

    public override string Describe() => $"{Kind}(size={PoolSize},stride={Stride},pad={PadLeft}/{PadRight}{(CountIncludePad ? ",count_include_pad" : "")})";
}
