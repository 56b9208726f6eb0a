using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Handlers;
using Hls4Net.Emulation;
using Hls4Net.Emulation.Float;
using Hls4Net.Estimation;

namespace Hls4Net.Ops;

/// <summary>
/// The op packages a program uses (one per op class), and the handler sets of every stage built from them. Instance
/// built in code (usually <see cref="StandardOps.Create"/>); each call builds fresh sets, so no state is shared.
/// </summary>
public sealed class OpPackageList
{
    private readonly Dictionary<Type, OpPackage> _byOp = new();

    /// <summary>A list of <paramref name="packages"/>; two packages for one op class are refused.</summary>
    public OpPackageList(IEnumerable<OpPackage> packages)
    {
        foreach (var p in packages)
        {
            if (!_byOp.TryAdd(p.OpType, p)) throw new ArgumentException($"two packages for op {p.OpType.Name}", nameof(packages));
        }
        Packages = [.. _byOp.Values];
    }

    /// <summary>The packages, in registration order.</summary>
    public IReadOnlyList<OpPackage> Packages { get; }

    /// <summary>The package of <paramref name="opType"/>, or null.</summary>
    public OpPackage? Find(Type opType) => _byOp.GetValueOrDefault(opType);

    /// <summary>The fixed-point kernels of every package (for an <see cref="Interpreter"/>).</summary>
    public OpHandlerSet<IKernel> Kernels() => Build(p => p.Kernels);

    /// <summary>The float kernels of every package (for a <see cref="FloatInterpreter"/>).</summary>
    public OpHandlerSet<IFloatKernel> FloatKernels() => Build(p => p.FloatKernels);

    /// <summary>The Vitis emitters of every package (for a Vitis backend).</summary>
    public OpHandlerSet<ILayerEmitter> Emitters() => Build(p => p.Emitters);

    /// <summary>The estimator cost rules of every package (for a <see cref="ResourceEstimator"/>).</summary>
    public OpHandlerSet<ICostRule> CostRules() => Build(p => p.CostRules);

    private OpHandlerSet<THandler> Build<THandler>(Func<OpPackage, IReadOnlyList<HandlerBinding<THandler>>> stage)
        where THandler : class, IOpHandler
    {
        var set = new OpHandlerSet<THandler>();
        foreach (var package in Packages)
        {
            foreach (var binding in stage(package)) set.Add(binding.Handler, binding.When);
        }
        return set;
    }
}
