using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation;

/// <summary>
/// The emulator kernels available to an <see cref="Interpreter"/>, keyed by op class. Several kernels may
/// share an op class when each is added with a predicate (e.g. table and non-table activations); the first
/// kernel, in insertion order, whose predicate accepts the op is used. Built in code (see <see cref="DefaultKernels"/>).
/// </summary>
public sealed class KernelSet
{
    private readonly Dictionary<Type, List<(IKernel Kernel, Func<Op, bool>? Supports)>> _kernels = new();

    /// <summary>Add a kernel for every op of its <see cref="IKernel.OpType"/>.</summary>
    public KernelSet Add(IKernel kernel) => Add(kernel, null);

    /// <summary>Add a kernel for the ops of its <see cref="IKernel.OpType"/> that <paramref name="supports"/> accepts (all when null).</summary>
    public KernelSet Add(IKernel kernel, Func<Op, bool>? supports)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        if (!typeof(Op).IsAssignableFrom(kernel.OpType))
        {
            throw new ArgumentException($"kernel {kernel.GetType().Name} declares OpType {kernel.OpType.Name}, which is not an Op");
        }
        if (!_kernels.TryGetValue(kernel.OpType, out var list)) _kernels[kernel.OpType] = list = new();
        if (list.Any(k => k.Supports is null))
        {
            throw new ArgumentException($"op {kernel.OpType.Name} already has an unconditional kernel; {kernel.GetType().Name} would never be used");
        }
        list.Add((kernel, supports));
        return this;
    }

    /// <summary>Op classes that have at least one kernel.</summary>
    public IEnumerable<Type> OpTypes => _kernels.Keys;

    /// <summary>Find the kernel for <paramref name="op"/>; false when none accepts it.</summary>
    public bool TryResolve(Op op, out IKernel kernel)
    {
        if (_kernels.TryGetValue(op.GetType(), out var list))
        {
            foreach (var (k, supports) in list)
            {
                if (supports is null || supports(op))
                {
                    kernel = k;
                    return true;
                }
            }
        }
        kernel = null!;
        return false;
    }

    /// <summary>The kernel for <paramref name="node"/>'s op; a <see cref="GraphException"/> naming the node when there is none.</summary>
    public IKernel Resolve(Node node) => TryResolve(node.Op, out var kernel)
        ? kernel
        : throw new GraphException($"node '{node.Name}': the emulator has no kernel for op {node.Op.Describe()}");
}
