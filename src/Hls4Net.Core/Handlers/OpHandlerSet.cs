using Hls4Net.Core.Ir;

namespace Hls4Net.Core.Handlers;

/// <summary>
/// The one registry shape for per-op handlers of a stage (emulator kernels, float kernels, emitters, ...), keyed by
/// op class. Several handlers may share an op class when each is added with a predicate on the node (e.g. table and
/// non-table activations, or a per-node arithmetic); the first handler, in insertion order, whose predicate accepts the
/// node is used. Instance-owned and built in code (from the op packages), never global.
/// </summary>
/// <typeparam name="THandler">The stage's non-generic handler interface.</typeparam>
public sealed class OpHandlerSet<THandler>
    where THandler : class, IOpHandler
{
    private readonly Dictionary<Type, List<Entry>> _byType = new();

    /// <summary>Add <paramref name="handler"/> for the nodes of its <see cref="IOpHandler.OpType"/> that <paramref name="when"/> accepts (all when null).</summary>
    /// <exception cref="ArgumentException">The handler's op type is not an op, or an unconditional handler for it is already registered.</exception>
    public OpHandlerSet<THandler> Add(THandler handler, Func<Node, bool>? when = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (!typeof(Op).IsAssignableFrom(handler.OpType))
        {
            throw new ArgumentException($"{handler.GetType().Name} declares OpType {handler.OpType.Name}, which is not an Op");
        }
        if (!_byType.TryGetValue(handler.OpType, out var list)) _byType[handler.OpType] = list = new List<Entry>();
        if (list.Any(e => e.When is null))
        {
            throw new ArgumentException($"op {handler.OpType.Name} already has an unconditional handler; {handler.GetType().Name} would never be used");
        }
        list.Add(new Entry(handler, when));
        return this;
    }

    /// <summary>Op classes that have at least one handler.</summary>
    public IEnumerable<Type> OpTypes => _byType.Keys;

    /// <summary>The handlers registered for <paramref name="opType"/>, in insertion order.</summary>
    public IReadOnlyList<THandler> For(Type opType) => _byType.TryGetValue(opType, out var list) ? list.Select(e => e.Handler).ToList() : [];

    /// <summary>Find the handler for <paramref name="node"/>; false when none is registered or none accepts it.</summary>
    public bool TryGet(Node node, out THandler handler)
    {
        if (_byType.TryGetValue(node.Op.GetType(), out var list))
        {
            foreach (var e in list)
            {
                if (e.When is null || e.When(node))
                {
                    handler = e.Handler;
                    return true;
                }
            }
        }
        handler = null!;
        return false;
    }

    /// <summary>The handler for <paramref name="node"/>, or a one-line <see cref="GraphException"/> with <paramref name="missing"/>(node) when there is none.</summary>
    public THandler Require(Node node, Func<Node, string> missing) => TryGet(node, out var handler) ? handler : throw new GraphException(missing(node));

    private sealed record Entry(THandler Handler, Func<Node, bool>? When);
}
