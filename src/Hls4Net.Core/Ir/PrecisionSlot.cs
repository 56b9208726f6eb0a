namespace Hls4Net.Core.Ir;

/// <summary>
/// The key of one fixed-point type of a layer, spelled as hls4ml's <c>Precision</c> keys (<c>weight</c>, <c>bias</c>,
/// <c>accum</c>, <c>table</c>, ...). The set is open: an op that needs another type (a recurrent weight, a QONNX
/// scale) declares a new slot with <c>new PrecisionSlot("recurrent_weight")</c>, and configs, node precisions and the
/// effective config all carry it without further registration. Slots compare by name; the standard ones sort in
/// hls4ml's order, new ones after them by name.
/// </summary>
public sealed class PrecisionSlot : IEquatable<PrecisionSlot>, IComparable<PrecisionSlot>
{
    private const int OpenRank = int.MaxValue;

    private readonly int _rank;

    /// <summary>Declare a slot named <paramref name="name"/> (an hls4ml-style lower-case key).</summary>
    /// <param name="name">The config key, e.g. <c>recurrent_weight</c>.</param>
    /// <param name="isTable">True for a lookup-table type, which never falls back to a section's <c>default</c>.</param>
    public PrecisionSlot(string name, bool isTable = false)
        : this(name, isTable, OpenRank)
    {
        var standard = Standard.FirstOrDefault(s => s.Name == Name);
        if (standard is not null) (_rank, IsTable) = (standard._rank, standard.IsTable);
    }

    private PrecisionSlot(string name, bool isTable, int rank)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("a precision slot needs a name", nameof(name));
        Name = name.Trim().ToLowerInvariant();
        IsTable = isTable;
        _rank = rank;
    }

    /// <summary><c>default</c>: in a config section, every slot not named explicitly (except tables).</summary>
    public static PrecisionSlot Default { get; } = new("default", false, 0);

    /// <summary><c>result</c>: the layer's output type (held by <see cref="Value.Type"/>, not by <see cref="LayerPrecision"/>).</summary>
    public static PrecisionSlot Result { get; } = new("result", false, 1);

    /// <summary><c>weight</c> (also batch-norm scale, PReLU slopes and activation parameters).</summary>
    public static PrecisionSlot Weight { get; } = new("weight", false, 2);

    /// <summary><c>bias</c> (also batch-norm shift).</summary>
    public static PrecisionSlot Bias { get; } = new("bias", false, 3);

    /// <summary><c>accum</c>: the accumulator of sums of products.</summary>
    public static PrecisionSlot Accum { get; } = new("accum", false, 4);

    /// <summary><c>table</c>: the lookup table of a table activation.</summary>
    public static PrecisionSlot Table { get; } = new("table", true, 5);

    /// <summary><c>exp_table</c>: softmax's exponential table.</summary>
    public static PrecisionSlot ExpTable { get; } = new("exp_table", true, 6);

    /// <summary><c>inv_table</c>: softmax's reciprocal table.</summary>
    public static PrecisionSlot InvTable { get; } = new("inv_table", true, 7);

    /// <summary>
    /// <c>inv_inp</c>: hls4ml's softmax stores the sum of exponentials into this type before it indexes the reciprocal
    /// table (hls4ml semantics only; an explicit key only, else exp_table).
    /// </summary>
    public static PrecisionSlot InvInp { get; } = new("inv_inp", false, 8);

    /// <summary>
    /// <c>inp_norm</c>: hls4ml's stable softmax stores max - x into this type before it indexes the exp table
    /// (hls4ml semantics only; an explicit key only, else derived from the input type).
    /// </summary>
    public static PrecisionSlot InpNorm { get; } = new("inp_norm", false, 9);

    /// <summary>
    /// <c>maximum</c>: read from the Model section only, the largest type an <c>auto</c> type may be inferred to
    /// (hls4ml's <c>Precision: {maximum: ...}</c>). Not a slot of any layer.
    /// </summary>
    public static PrecisionSlot Maximum { get; } = new("maximum", false, 100);

    /// <summary>The standard slots, in the order the effective-config writer uses.</summary>
    public static IReadOnlyList<PrecisionSlot> Standard { get; } = [Default, Result, Weight, Bias, Accum, Table, ExpTable, InvTable, InvInp, InpNorm];

    /// <summary>The hls4ml key.</summary>
    public string Name { get; }

    /// <summary>True for table types, which never fall back to a section's <c>default</c>.</summary>
    public bool IsTable { get; }

    /// <inheritdoc />
    public bool Equals(PrecisionSlot? other) => other is not null && other.Name == Name;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PrecisionSlot s && Equals(s);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public int CompareTo(PrecisionSlot? other)
    {
        if (other is null) return 1;
        var byRank = _rank.CompareTo(other._rank);
        return byRank != 0 ? byRank : string.CompareOrdinal(Name, other.Name);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
