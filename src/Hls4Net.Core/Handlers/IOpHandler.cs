namespace Hls4Net.Core.Handlers;

/// <summary>
/// The non-generic base of every per-op handler (fixed kernel, float kernel, emitter, ...): the op class it handles.
/// Handlers implement a stage's generic interface (e.g. <c>IKernel&lt;TOp&gt;</c>) and are kept in an
/// <see cref="OpHandlerSet{THandler}"/>.
/// </summary>
public interface IOpHandler
{
    /// <summary>The op class this handler handles.</summary>
    Type OpType { get; }
}
