using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// The tree walks of a <see cref="TreeEnsemblePlan"/> without equality modes, rewritten on raw integer codes to one
/// comparison form, x &lt; t': x &lt;= t is x &lt; t + 1; x &gt;= t is the negation of x &lt; t and x &gt; t that of
/// x &lt; t + 1 (children swapped). Children are absolute node indices, and all trees take one step per level
/// together so their independent walks overlap in the CPU. The same leaves as the plain walk, faster.
/// </summary>
internal sealed class FastWalk
{
    private readonly WalkNode[] _node;
    private readonly int _trees;
    private readonly int _nodes;
    private readonly int _depth;

    private FastWalk(TreeEnsemblePlan p, long[] aligned)
    {
        _trees = p.Trees;
        _nodes = p.NodesPerTree;
        _depth = p.Depth;
        var size = aligned.Length;
        _node = new WalkNode[size];
        for (var k = 0; k < size; k++)
        {
            var root = k / _nodes * _nodes;
            int t = root + p.TrueChild[k], f = root + p.FalseChild[k];
            var (bump, swap) = p.Mode[k] switch
            {
                0 => (1L, false),
                1 => (0L, false),
                2 => (0L, true),
                _ => (1L, true),
            };
            _node[k] = new WalkNode(aligned[k] + bump, p.Feature[k], swap ? f : t, swap ? t : f);
        }
    }

    /// <summary>A fast walker, or null when a node compares for (in)equality or a threshold is at the top of long.</summary>
    public static FastWalk? TryCreate(TreeEnsemblePlan p, long[] aligned)
    {
        for (var k = 0; k < aligned.Length; k++)
        {
            if (p.Mode[k] > 3 || aligned[k] == long.MaxValue) return null;
        }
        return new FastWalk(p, aligned);
    }

    /// <summary>
    /// The leaf of every tree for the aligned features <paramref name="xs"/>, as an absolute node index
    /// (tree * NodesPerTree + leaf) in <paramref name="leaf"/>.
    /// </summary>
    public void Leaves(long[] xs, int[] leaf)
    {
        if (xs.Length == 0 || leaf.Length < _trees) throw new ArgumentException("feature or leaf buffer too small");
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_node);
        ref var x = ref MemoryMarshal.GetArrayDataReference(xs);
        ref var cur = ref MemoryMarshal.GetArrayDataReference(leaf);
        for (var t = 0; t < _trees; t++) Unsafe.Add(ref cur, t) = t * _nodes;
        for (var d = 0; d < _depth; d++)
        {
            for (var t = 0; t < _trees; t++)
            {
                ref var c = ref Unsafe.Add(ref cur, t);
                ref readonly var n = ref Unsafe.Add(ref nodes, c);
                // Node indices stay inside the tree (checked when the plan was made); features are below xs.Length.
                c = Unsafe.Add(ref x, n.Feature) < n.Threshold ? n.True : n.False;
            }
        }
    }

    private readonly record struct WalkNode(long Threshold, int Feature, int True, int False);
}
