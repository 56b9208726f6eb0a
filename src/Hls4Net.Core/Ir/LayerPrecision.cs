using System.Collections.Immutable;
using System.Text;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Ir;

/// <summary>
/// Per-layer fixed-point types other than the result type, keyed by <see cref="PrecisionSlot"/>; a slot that is
/// absent is "not used by this op". The set is open (an op may declare slots of its own); the typed accessors
/// (<see cref="Weight"/>, <see cref="Bias"/>, ...) read and, in <c>with</c> expressions, set hls4ml's standard slots.
/// Immutable, with value equality.
/// </summary>
public sealed record LayerPrecision
{
    private ImmutableSortedDictionary<PrecisionSlot, FixedType> _slots = ImmutableSortedDictionary<PrecisionSlot, FixedType>.Empty;

    /// <summary>Build from the standard slots; a null type leaves its slot out.</summary>
    public LayerPrecision(
        FixedType? Weight = null,
        FixedType? Bias = null,
        FixedType? Accum = null,
        FixedType? Table = null,
        FixedType? ExpTable = null,
        FixedType? InvTable = null,
        int TableSize = 1024)
    {
        this.Weight = Weight;
        this.Bias = Bias;
        this.Accum = Accum;
        this.Table = Table;
        this.ExpTable = ExpTable;
        this.InvTable = InvTable;
        this.TableSize = TableSize;
    }

    /// <summary>Build from any slots; a null type leaves its slot out.</summary>
    public LayerPrecision(IEnumerable<KeyValuePair<PrecisionSlot, FixedType?>> slots, int tableSize)
    {
        foreach (var (slot, type) in slots) _slots = Set(_slots, slot, type);
        TableSize = tableSize;
    }

    /// <summary>No slot assigned, default table size.</summary>
    public static LayerPrecision Unassigned { get; } = new();

    /// <summary>The assigned slots, in slot order.</summary>
    public IReadOnlyDictionary<PrecisionSlot, FixedType> Slots => _slots;

    /// <summary>Entries in the layer's lookup tables.</summary>
    public int TableSize { get; init; }

    /// <summary>The type of <paramref name="slot"/>, or null when the layer does not use it.</summary>
    public FixedType? this[PrecisionSlot slot] => _slots.TryGetValue(slot, out var t) ? t : null;

    /// <summary><c>weight</c> (batch-norm scale, PReLU slopes, activation parameters).</summary>
    public FixedType? Weight { get => this[PrecisionSlot.Weight]; init => _slots = Set(_slots, PrecisionSlot.Weight, value); }

    /// <summary><c>bias</c> (batch-norm shift).</summary>
    public FixedType? Bias { get => this[PrecisionSlot.Bias]; init => _slots = Set(_slots, PrecisionSlot.Bias, value); }

    /// <summary><c>accum</c>.</summary>
    public FixedType? Accum { get => this[PrecisionSlot.Accum]; init => _slots = Set(_slots, PrecisionSlot.Accum, value); }

    /// <summary><c>table</c>.</summary>
    public FixedType? Table { get => this[PrecisionSlot.Table]; init => _slots = Set(_slots, PrecisionSlot.Table, value); }

    /// <summary><c>exp_table</c>.</summary>
    public FixedType? ExpTable { get => this[PrecisionSlot.ExpTable]; init => _slots = Set(_slots, PrecisionSlot.ExpTable, value); }

    /// <summary><c>inv_table</c>.</summary>
    public FixedType? InvTable { get => this[PrecisionSlot.InvTable]; init => _slots = Set(_slots, PrecisionSlot.InvTable, value); }

    /// <summary>A copy with <paramref name="slot"/> set to <paramref name="type"/> (removed when null).</summary>
    public LayerPrecision With(PrecisionSlot slot, FixedType? type) => this with { _slots = Set(_slots, slot, type) };

    /// <inheritdoc />
    public bool Equals(LayerPrecision? other) =>
        other is not null && TableSize == other.TableSize && _slots.Count == other._slots.Count
        && _slots.All(kv => other._slots.TryGetValue(kv.Key, out var t) && t.Equals(kv.Value));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(TableSize);
        foreach (var (slot, type) in _slots)
        {
            hash.Add(slot);
            hash.Add(type);
        }
        return hash.ToHashCode();
    }

    /// <summary>The standard slots as <c>Name = type</c> (empty when unused), then any other slot, then the table size.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("LayerPrecision { ");
        sb.Append("Weight = ").Append(Weight).Append(", Bias = ").Append(Bias).Append(", Accum = ").Append(Accum)
          .Append(", Table = ").Append(Table).Append(", ExpTable = ").Append(ExpTable).Append(", InvTable = ").Append(InvTable);
        foreach (var (slot, type) in _slots.Where(kv => !Typed.Contains(kv.Key))) sb.Append(", ").Append(slot.Name).Append(" = ").Append(type);
        return sb.Append(", TableSize = ").Append(TableSize).Append(" }").ToString();
    }

    /// <summary>The slots with a typed accessor (printed by name in <see cref="ToString"/>).</summary>
    private static readonly PrecisionSlot[] Typed =
        [PrecisionSlot.Weight, PrecisionSlot.Bias, PrecisionSlot.Accum, PrecisionSlot.Table, PrecisionSlot.ExpTable, PrecisionSlot.InvTable];

    private static ImmutableSortedDictionary<PrecisionSlot, FixedType> Set(ImmutableSortedDictionary<PrecisionSlot, FixedType> slots, PrecisionSlot slot, FixedType? type)
    {
        if (slot.Equals(PrecisionSlot.Default) || slot.Equals(PrecisionSlot.Result))
        {
            throw new ArgumentException($"'{slot}' is not a layer precision slot (the result type lives on the output value)", nameof(slot));
        }
        return type is null ? slots.Remove(slot) : slots.SetItem(slot, type);
    }
}
