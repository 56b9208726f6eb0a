using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir;

namespace Hls4Net.Backends.Vitis;

/// <summary>
/// The layer emitters a backend instance uses, keyed by op type (instance-owned, never global).
/// Several emitters may share an op type when each is registered with a predicate on the op
/// (e.g. table-based vs. piecewise activations); the first registered emitter that accepts the op wins.
/// </summary>
public sealed class EmitterSet
{
    private readonly Dictionary<Type, List<Entry>> _byType = new();

    /// <summary>Register <paramref name="emitter"/> for its <see cref="ILayerEmitter.OpType"/>, optionally only for ops accepted by <paramref name="when"/>.</summary>
    /// <exception cref="ArgumentException">An unconditional emitter is already registered for the op type.</exception>
    public EmitterSet Add(ILayerEmitter emitter, Func<Op, bool>? when = null)
    {
        ArgumentNullException.ThrowIfNull(emitter);
        if (!_byType.TryGetValue(emitter.OpType, out var list)) _byType[emitter.OpType] = list = new List<Entry>();
        if (list.Any(e => e.When is null))
        {
            throw new ArgumentException($"an emitter for op type {emitter.OpType.Name} without a condition is already registered; later emitters for it would never be used");
        }
        list.Add(new Entry(emitter, when));
        return this;
    }

    /// <summary>Op types that have at least one emitter.</summary>
    public IEnumerable<Type> OpTypes => _byType.Keys;

    /// <summary>Find the emitter for <paramref name="op"/>; false when none is registered or none accepts it.</summary>
    public bool TryGet(Op op, out ILayerEmitter emitter)
    {
        if (_byType.TryGetValue(op.GetType(), out var list))
        {
            foreach (var e in list)
            {
                if (e.When is null || e.When(op))
                {
                    emitter = e.Emitter;
                    return true;
                }
            }
        }
        emitter = null!;
        return false;
    }

    /// <summary>The emitter for <paramref name="node"/>'s op; throws a one-line <see cref="GraphException"/> when there is none.</summary>
    public ILayerEmitter Get(Node node) =>
        TryGet(node.Op, out var emitter)
            ? emitter
            : throw new GraphException($"node '{node.Name}': the Vitis backend has no emitter for op {node.Op.Describe()} ({node.Op.GetType().Name})");

    private sealed record Entry(ILayerEmitter Emitter, Func<Op, bool>? When);
}
