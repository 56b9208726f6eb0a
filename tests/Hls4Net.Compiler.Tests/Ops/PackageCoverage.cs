using Hls4Net.Core.Ir;
using Hls4Net.Ops;

namespace Hls4Net.Compiler.Tests.Ops;

/// <summary>What a package list lacks: found by reflection over every concrete op class of Hls4Net.Core.</summary>
internal static class PackageCoverage
{
    /// <summary>Every concrete (non-abstract) subclass of <see cref="Op"/> in the Core assembly.</summary>
    public static IReadOnlyList<Type> CoreOpClasses() =>
        typeof(Op).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Op)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

    /// <summary>
    /// One line per gap: an op class without a package, or a package without a handler in a stage (a package whose op
    /// a structural pass always removes needs only its float kernel and its cost rule).
    /// </summary>
    public static IReadOnlyList<string> Problems(OpPackageList list)
    {
        var problems = new List<string>();
        foreach (var op in CoreOpClasses())
        {
            var package = list.Find(op);
            if (package is null)
            {
                problems.Add($"{op.Name}: no package");
                continue;
            }
            if (package.FloatKernels.Count == 0) problems.Add($"{op.Name}: no float kernel");
            if (package.CostRules.Count == 0) problems.Add($"{op.Name}: no cost rule");
            if (package.RemovedBy is not null) continue;
            if (package.Kernels.Count == 0) problems.Add($"{op.Name}: no fixed kernel");
            if (package.Emitters.Count == 0) problems.Add($"{op.Name}: no Vitis emitter");
        }
        return problems;
    }
}
