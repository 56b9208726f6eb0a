namespace Hls4Net.Core.Ir;

/// <summary>
/// One <see cref="GraphRule"/> applied to a node: <paramref name="Layer"/> is the other layer the rule concerns (the batch
/// norm fused into this Dense, the Dense a kept batch norm or a bias layer follows, the Add whose bias this Dense holds),
/// and <paramref name="ExplicitResult"/> is where the Dense's explicit result type came from when that kept the layers
/// apart (null when they were fused).
/// </summary>
public sealed record RuleDecision(GraphRule Rule, string Layer, string? ExplicitResult = null);
