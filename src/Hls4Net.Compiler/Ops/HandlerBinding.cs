using Hls4Net.Core.Ir;

namespace Hls4Net.Ops;

/// <summary>One handler of an op package and the nodes it takes (<paramref name="When"/> null: every node of the op).</summary>
/// <param name="Handler">The stage's handler (kernel, float kernel, emitter, ...).</param>
/// <param name="When">Predicate on the node, for ops with several handlers in one stage (e.g. table and non-table activations).</param>
public sealed record HandlerBinding<THandler>(THandler Handler, Func<Node, bool>? When);
