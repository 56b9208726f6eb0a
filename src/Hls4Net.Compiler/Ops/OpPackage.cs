using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Ir;
using Hls4Net.Emulation;
using Hls4Net.Emulation.Float;
using Hls4Net.Estimation;

namespace Hls4Net.Ops;

/// <summary>
/// One op's registration: the op class and its handler in every stage (fixed-point kernel, float kernel, Vitis
/// emitter, estimator cost rule). An op that a structural pass always rewrites into another op (MatMul) has no fixed kernel or
/// emitter and says which pass removes it (<see cref="RemovedBy"/>). The op's traits (config keys, precision slots,
/// layout) are declared by the op class itself (<see cref="Op.Traits"/>). Build one with <see cref="For{TOp}"/>.
/// </summary>
public sealed class OpPackage
{
    internal OpPackage(
        Type opType,
        IReadOnlyList<HandlerBinding<IKernel>> kernels,
        IReadOnlyList<HandlerBinding<IFloatKernel>> floatKernels,
        IReadOnlyList<HandlerBinding<ILayerEmitter>> emitters,
        IReadOnlyList<HandlerBinding<ICostRule>> costRules,
        string? removedBy)
    {
        OpType = opType;
        Kernels = kernels;
        FloatKernels = floatKernels;
        Emitters = emitters;
        CostRules = costRules;
        RemovedBy = removedBy;
    }

    /// <summary>The op class.</summary>
    public Type OpType { get; }

    /// <summary>Fixed-point (bit-accurate) emulator kernels, in the order they are tried.</summary>
    public IReadOnlyList<HandlerBinding<IKernel>> Kernels { get; }

    /// <summary>Float reference kernels, in the order they are tried.</summary>
    public IReadOnlyList<HandlerBinding<IFloatKernel>> FloatKernels { get; }

    /// <summary>Vitis HLS layer emitters, in the order they are tried.</summary>
    public IReadOnlyList<HandlerBinding<ILayerEmitter>> Emitters { get; }

    /// <summary>Resource and latency estimator cost rules, in the order they are tried (every op has one, removed or not).</summary>
    public IReadOnlyList<HandlerBinding<ICostRule>> CostRules { get; }

    /// <summary>The structural pass that always replaces the op before emulation and code generation, or null.</summary>
    public string? RemovedBy { get; }

    /// <summary>Start the package of <typeparamref name="TOp"/>.</summary>
    public static OpPackageBuilder<TOp> For<TOp>()
        where TOp : Op => new();
}
