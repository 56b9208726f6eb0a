using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Tables;

/// <summary>Builds activation tables (computed once in C#; shared by the emulator and the emitted C++).</summary>
public static class ActivationTableBuilder
{
    /// <summary>Fallback table type when the precision pass left none: hls4ml's ap_fixed&lt;18,8&gt;.</summary>
    public static FixedType DefaultTableType { get; } = new(18, 8, true);

    /// <summary>Scale type emitted for functions without a scale (the C++ config always declares scale_t).</summary>
    public static FixedType PlaceholderScaleType { get; } = new(18, 1, false, QuantMode.Rnd);

    /// <summary>Builds the table of <paramref name="op"/> for inputs of type <paramref name="input"/>.</summary>
    public static ActivationTable Build(ActivationOp op, FixedType input, FixedType tableType, int size)
    {
        var function = TableFunction.For(op);
        if (!tableType.FitsInt64)
            throw new GraphException($"{op.Function} table: table type {tableType} is wider than 64 bits (not supported; the input may be wider, the table may not)");
        int rawWidth = input.Width + (input.Signed ? 0 : 1);
        long offset = function.IndexOffset(size);
        var indexer = new TableIndexer(rawWidth, input.FracBits, size, function.Log2Span, offset);
        var raw = new long[size];
        double bin = function.Span / size;
        for (int i = 0; i < size; i++)
            raw[i] = FixedMath.FromDouble(function.Evaluate(function.Lo + (i + 0.5) * bin), tableType);
        FixedType? scaleType = null;
        long scaleRaw = 0;
        if (function.Tail == TableTail.ScaleNonNegative)
        {
            int intBits = Math.Max(1, (int)Math.Floor(Math.Log2(function.Scale)) + 1);
            scaleType = intBits == 1 ? PlaceholderScaleType : new FixedType(17 + intBits, intBits, false, QuantMode.Rnd);
            scaleRaw = FixedMath.FromDouble(function.Scale, scaleType);
        }
        return new ActivationTable(function, input, tableType, indexer, raw, scaleType, scaleRaw);
    }

    /// <summary>Builds the table of an activation node from its input type and precision (table type, size).</summary>
    public static ActivationTable Build(Node node, FixedType input)
    {
        if (node.Op is not ActivationOp op || !op.UsesTable)
            throw new GraphException($"node '{node.Name}' ({node.Op.Kind}) is not a table activation");
        return Build(op, input, node.Precision.Table ?? DefaultTableType, node.Precision.TableSize);
    }
}
