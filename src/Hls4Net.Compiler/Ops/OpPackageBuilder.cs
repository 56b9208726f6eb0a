using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Handlers;
using Hls4Net.Core.Ir;
using Hls4Net.Emulation;
using Hls4Net.Emulation.Float;
using Hls4Net.Estimation;

namespace Hls4Net.Ops;

/// <summary>
/// Builds the <see cref="OpPackage"/> of <typeparamref name="TOp"/>. Typed handlers (<c>IKernel&lt;TOp&gt;</c>, ...)
/// are checked by the compiler; a handler written for a family of ops (e.g. the reshape kernel for Flatten, Reshape
/// and Identity) is checked against <typeparamref name="TOp"/> when added.
/// </summary>
public sealed class OpPackageBuilder<TOp>
    where TOp : Op
{
    private readonly List<HandlerBinding<IKernel>> _kernels = [];
    private readonly List<HandlerBinding<IFloatKernel>> _floatKernels = [];
    private readonly List<HandlerBinding<ILayerEmitter>> _emitters = [];
    private readonly List<HandlerBinding<ICostRule>> _costRules = [];
    private string? _removedBy;

    internal OpPackageBuilder()
    {
    }

    /// <summary>Add the fixed-point kernel (for the nodes <paramref name="when"/> accepts; all when null).</summary>
    public OpPackageBuilder<TOp> Kernel(IKernel<TOp> kernel, Func<Node, bool>? when = null) => Add(_kernels, kernel, when);

    /// <summary>Add a fixed-point kernel written for a family of ops; its <see cref="IOpHandler.OpType"/> must be <typeparamref name="TOp"/>.</summary>
    public OpPackageBuilder<TOp> FamilyKernel(IKernel kernel, Func<Node, bool>? when = null) => Add(_kernels, kernel, when);

    /// <summary>Add the float reference kernel.</summary>
    public OpPackageBuilder<TOp> FloatKernel(IFloatKernel<TOp> kernel, Func<Node, bool>? when = null) => Add(_floatKernels, kernel, when);

    /// <summary>Add a float kernel written for a family of ops; its <see cref="IOpHandler.OpType"/> must be <typeparamref name="TOp"/>.</summary>
    public OpPackageBuilder<TOp> FamilyFloatKernel(IFloatKernel kernel, Func<Node, bool>? when = null) => Add(_floatKernels, kernel, when);

    /// <summary>Add the Vitis emitter.</summary>
    public OpPackageBuilder<TOp> Emitter(ILayerEmitter<TOp> emitter, Func<Node, bool>? when = null) => Add(_emitters, emitter, when);

    /// <summary>Add a Vitis emitter written for a family of ops; its <see cref="IOpHandler.OpType"/> must be <typeparamref name="TOp"/>.</summary>
    public OpPackageBuilder<TOp> FamilyEmitter(ILayerEmitter emitter, Func<Node, bool>? when = null) => Add(_emitters, emitter, when);

    /// <summary>Add the estimator's cost rule.</summary>
    public OpPackageBuilder<TOp> CostRule(ICostRule<TOp> rule, Func<Node, bool>? when = null) => Add(_costRules, rule, when);

    /// <summary>Declare that <paramref name="pass"/> always replaces the op, so it needs no fixed kernel and no emitter.</summary>
    public OpPackageBuilder<TOp> RemovedBy(string pass)
    {
        _removedBy = pass;
        return this;
    }

    /// <summary>The package.</summary>
    public OpPackage Build() => new(typeof(TOp), [.. _kernels], [.. _floatKernels], [.. _emitters], [.. _costRules], _removedBy);

    private OpPackageBuilder<TOp> Add<THandler>(List<HandlerBinding<THandler>> list, THandler handler, Func<Node, bool>? when)
        where THandler : IOpHandler
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (handler.OpType != typeof(TOp))
        {
            throw new ArgumentException($"{handler.GetType().Name} handles {handler.OpType.Name}; it cannot join the package of {typeof(TOp).Name}");
        }
        list.Add(new HandlerBinding<THandler>(handler, when));
        return this;
    }
}
