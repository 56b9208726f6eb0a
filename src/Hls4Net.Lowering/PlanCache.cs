using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering;

/// <summary>
/// Plans per node, owned by whoever evaluates or emits the node (one cache per kernel or emitter instance; nothing
/// static). Keyed by node reference and plan type; a cached plan is reused only while the node's op instance,
/// precisions, and input/output types and shapes are those it was made from, and is made again otherwise, so a
/// stale plan cannot be returned. Entries go away with their nodes (weak keys). Safe to use from several threads.
/// </summary>
public sealed class PlanCache
{
    private readonly ConditionalWeakTable<Node, ConcurrentDictionary<Type, Entry>> _plans = new();

    /// <summary>The plan of type <typeparamref name="TPlan"/> for <paramref name="node"/>, made by <paramref name="create"/> when missing or stale.</summary>
    public TPlan Get<TPlan>(Node node, Func<Node, TPlan> create) where TPlan : class
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(create);
        var slots = Slots(node);
        return TryGet(slots, node, null, out TPlan? plan) ? plan : Store(slots, node, null, create(node));
    }

    /// <summary>
    /// The plan of type <typeparamref name="TPlan"/> for <paramref name="node"/> evaluated on values of type
    /// <paramref name="input"/> (plans such as tables depend on the input type actually seen), made by
    /// <paramref name="create"/> when missing or stale.
    /// </summary>
    public TPlan Get<TPlan>(Node node, FixedType input, Func<Node, FixedType, TPlan> create) where TPlan : class
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(create);
        var slots = Slots(node);
        return TryGet(slots, node, input, out TPlan? plan) ? plan : Store(slots, node, input, create(node, input));
    }

    private ConcurrentDictionary<Type, Entry> Slots(Node node) =>
        _plans.GetValue(node, static _ => new ConcurrentDictionary<Type, Entry>());

    private static bool TryGet<TPlan>(ConcurrentDictionary<Type, Entry> slots, Node node, FixedType? input, [NotNullWhen(true)] out TPlan? plan)
        where TPlan : class
    {
        plan = slots.TryGetValue(typeof(TPlan), out var entry) && entry.Key.Matches(node, input) ? (TPlan)entry.Plan : null;
        return plan is not null;
    }

    private static TPlan Store<TPlan>(ConcurrentDictionary<Type, Entry> slots, Node node, FixedType? input, TPlan plan) where TPlan : class
    {
        slots[typeof(TPlan)] = new Entry(new PlanKey(node, input), plan);
        return plan;
    }

    private sealed record Entry(PlanKey Key, object Plan);
}
