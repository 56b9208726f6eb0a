using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Tables;

/// <summary>
/// A built activation table for one input type: raw entries of <see cref="TableType"/> (entry i holds the
/// function at the centre of bin i), the index arithmetic, and the exact rule for inputs outside the table.
/// The same raw entries are emitted as the C++ constant array.
/// </summary>
public sealed class ActivationTable
{
    internal ActivationTable(TableFunction function, FixedType input, FixedType tableType, TableIndexer indexer,
        long[] raw, FixedType? scaleType, long scaleRaw)
    {
        Function = function;
        InputType = input;
        TableType = tableType;
        Indexer = indexer;
        Raw = raw;
        ScaleType = scaleType;
        ScaleRaw = scaleRaw;
    }

    public TableFunction Function { get; }

    public FixedType InputType { get; }

    public FixedType TableType { get; }

    public TableIndexer Indexer { get; }

    /// <summary>Raw stored integers of <see cref="TableType"/>, one per entry.</summary>
    public long[] Raw { get; }

    /// <summary>Type of the SELU scale constant (null for other functions).</summary>
    public FixedType? ScaleType { get; }

    /// <summary>Raw code of the SELU scale constant in <see cref="ScaleType"/>.</summary>
    public long ScaleRaw { get; }

    /// <summary>Evaluates one input raw code and stores the result into <paramref name="result"/>.</summary>
    public long Apply(long raw, FixedType result, out bool overflowed)
    {
        switch (Function.Tail)
        {
            case TableTail.IdentityNonNegative when raw >= 0:
                return FixedMath.Convert(raw, InputType.FracBits, result, out overflowed);
            case TableTail.ScaleNonNegative when raw >= 0:
                return FixedMath.Convert((Int128)raw * ScaleRaw, InputType.FracBits + ScaleType!.FracBits, result, out overflowed);
            case TableTail.IdentityAboveRange when Indexer.Scaled(raw) >= Indexer.Size:
                return FixedMath.Convert(raw, InputType.FracBits, result, out overflowed);
        }
        return FixedMath.Convert(Raw[Indexer.Index(raw)], TableType.FracBits, result, out overflowed);
    }

    /// <summary>
    /// <see cref="Apply(long, FixedType, out bool)"/> for an input or a result wider than 64-bit raw codes, or index arithmetic beyond Int128 (the wide path):
    /// the same rule in exact BigInteger arithmetic, the index arithmetic included (any width).
    /// </summary>
    public System.Numerics.BigInteger ApplyWide(System.Numerics.BigInteger raw, FixedType result, out bool overflowed)
    {
        switch (Function.Tail)
        {
            case TableTail.IdentityNonNegative when raw.Sign >= 0:
                return FixedMath.Convert(raw, InputType.FracBits, result, out overflowed);
            case TableTail.ScaleNonNegative when raw.Sign >= 0:
                return FixedMath.Convert(raw * ScaleRaw, InputType.FracBits + ScaleType!.FracBits, result, out overflowed);
            case TableTail.IdentityAboveRange when Indexer.ScaledWide(raw) >= Indexer.Size:
                return FixedMath.Convert(raw, InputType.FracBits, result, out overflowed);
        }
        return FixedMath.Convert((System.Numerics.BigInteger)Raw[Indexer.IndexWide(raw)], TableType.FracBits, result, out overflowed);
    }
}
