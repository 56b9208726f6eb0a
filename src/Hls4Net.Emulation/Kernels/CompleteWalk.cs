using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// The trees of a <see cref="TreeEnsemblePlan"/> without equality modes, laid out as complete binary trees of the plan's
/// depth D in struct-of-arrays form: per tree 2^D − 1 branch nodes in heap order (node p's children are 2p + 1 and
/// 2p + 2) with one raw threshold and one feature each, and 2^D leaves. Every comparison is rewritten on aligned raw
/// codes to x &lt; t' (x &lt;= t is x &lt; t + 1; x &gt;= t and x &gt; t are the negations of x &lt; t and x &lt; t + 1,
/// children swapped), the left child being the one taken when it holds; a leaf above depth D becomes a node whose
/// threshold no code reaches (always left) over copies of the leaf. A walk is then D branch-free steps
/// p = 2p + 2 − [x &lt; t'], and the leaf slot is p − (2^D − 1). The same leaves as the plan's walk.
/// </summary>
internal sealed class CompleteWalk
{
    /// <summary>Deepest tree the layout takes (2^12 leaves per tree); deeper ensembles keep the plan's node lists.</summary>
    public const int MaxDepth = 12;

    /// <summary>Largest node count over all trees the layout takes.</summary>
    private const long MaxNodes = 1 << 22;

    /// <summary>A threshold above every aligned code (at most 62 bits, so below 2^61 in magnitude): x &lt; it always.</summary>
    private const long Always = 1L << 62;

    private readonly long[] _threshold;
    private readonly int[] _feature;

    /// <summary>Compact form: per branch node its threshold and feature side by side, or null.</summary>
    private readonly int[]? _packed;

    private CompleteWalk(TreeEnsemblePlan p, long[] aligned, bool compactInput)
    {
        Trees = p.Trees;
        Depth = p.Depth;
        Branches = (1 << Depth) - 1;
        Leaves = 1 << Depth;
        _threshold = new long[Trees * Branches];
        _feature = new int[Trees * Branches];
        LeafNode = new int[Trees * Leaves];
        for (var t = 0; t < Trees; t++) Fill(p, aligned, t, t * p.NodesPerTree, 0, 0, 0);
        if (compactInput && _threshold.All(t => t == Always || (t >= -CompactLimit && t <= CompactLimit)))
        {
            _packed = new int[2 * _threshold.Length];
            for (var k = 0; k < _threshold.Length; k++)
            {
                _packed[2 * k] = _threshold[k] == Always ? CompactLimit : (int)_threshold[k];
                _packed[2 * k + 1] = _feature[k];
            }
        }
    }

    /// <summary>
    /// The bound of compact codes: features of at most 31 bits lie in [−2^30, 2^30), so the thresholds t' in
    /// [−2^30, 2^30] keep x − t' inside int, and 2^30 is above every feature (the always-left threshold).
    /// </summary>
    public const int CompactLimit = 1 << 30;

    /// <summary>True when the walk can run on int codes (<see cref="Walk(ref int, int)"/>): features of at most 31 bits, thresholds within ±2^30.</summary>
    public bool Compact => _packed is not null;

    /// <summary>Number of trees.</summary>
    public int Trees { get; }

    /// <summary>Steps per walk.</summary>
    public int Depth { get; }

    /// <summary>Branch nodes per tree (2^Depth − 1).</summary>
    public int Branches { get; }

    /// <summary>Leaf slots per tree (2^Depth).</summary>
    public int Leaves { get; }

    /// <summary>The plan's local node index of leaf slot s of tree t: [t * Leaves + s].</summary>
    public int[] LeafNode { get; }

    /// <summary>The layout, or null when a node compares for (in)equality or the trees are too deep to lay out completely.</summary>
    /// <param name="p">The plan.</param>
    /// <param name="aligned">The thresholds on the common fraction bits.</param>
    /// <param name="compactInput">The aligned features have at most 31 bits, so the compact form may be made.</param>
    public static CompleteWalk? TryCreate(TreeEnsemblePlan p, long[] aligned, bool compactInput)
    {
        if (p.Depth > MaxDepth || (long)p.Trees << p.Depth > MaxNodes) return null;
        for (var k = 0; k < aligned.Length; k++)
        {
            if (p.Mode[k] > 3 && p.TrueChild[k] != p.FalseChild[k]) return null;
        }
        return new CompleteWalk(p, aligned, compactInput);
    }

    /// <summary>The leaf slot (0 .. Leaves − 1) of tree <paramref name="tree"/> for the aligned features at <paramref name="x"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Walk(ref long x, int tree)
    {
        var offset = tree * Branches;
        ref var thresholds = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_threshold), offset);
        ref var features = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_feature), offset);
        var node = 0;
        for (var d = 0; d < Depth; d++)
        {
            // x - t' is exact (both are aligned codes of at most 62 bits); its sign bit is [x < t'].
            var less = (int)((ulong)(Unsafe.Add(ref x, Unsafe.Add(ref features, node)) - Unsafe.Add(ref thresholds, node)) >> 63);
            node = 2 * node + 2 - less;
        }
        return node - Branches;
    }

    /// <summary>
    /// The leaf slots of trees <paramref name="tree"/> and <paramref name="tree"/> + 1 on compact codes, the two walks
    /// interleaved step by step so that their load chains overlap. Only when <see cref="Compact"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Walk2(ref int x, int tree, out int first, out int second)
    {
        ref var a = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_packed!), 2 * tree * Branches);
        ref var b = ref Unsafe.Add(ref a, 2 * Branches);
        int i = 0, j = 0;
        for (var d = 0; d < Depth; d++)
        {
            var lessA = (int)((uint)(Unsafe.Add(ref x, Unsafe.Add(ref a, 2 * i + 1)) - Unsafe.Add(ref a, 2 * i)) >> 31);
            var lessB = (int)((uint)(Unsafe.Add(ref x, Unsafe.Add(ref b, 2 * j + 1)) - Unsafe.Add(ref b, 2 * j)) >> 31);
            i = 2 * i + 2 - lessA;
            j = 2 * j + 2 - lessB;
        }
        first = i - Branches;
        second = j - Branches;
    }

    /// <summary>
    /// As <see cref="Walk2"/> for trees <paramref name="tree"/> .. <paramref name="tree"/> + 3: four load chains
    /// overlap. Only when <see cref="Compact"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Walk4(ref int x, int tree, out int first, out int second, out int third, out int fourth)
    {
        var stride = 2 * Branches;
        ref var a = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_packed!), tree * stride);
        ref var b = ref Unsafe.Add(ref a, stride);
        ref var c = ref Unsafe.Add(ref b, stride);
        ref var e = ref Unsafe.Add(ref c, stride);
        int i = 0, j = 0, k = 0, l = 0;
        for (var d = 0; d < Depth; d++)
        {
            var lessA = (int)((uint)(Unsafe.Add(ref x, Unsafe.Add(ref a, 2 * i + 1)) - Unsafe.Add(ref a, 2 * i)) >> 31);
            var lessB = (int)((uint)(Unsafe.Add(ref x, Unsafe.Add(ref b, 2 * j + 1)) - Unsafe.Add(ref b, 2 * j)) >> 31);
            var lessC = (int)((uint)(Unsafe.Add(ref x, Unsafe.Add(ref c, 2 * k + 1)) - Unsafe.Add(ref c, 2 * k)) >> 31);
            var lessE = (int)((uint)(Unsafe.Add(ref x, Unsafe.Add(ref e, 2 * l + 1)) - Unsafe.Add(ref e, 2 * l)) >> 31);
            i = 2 * i + 2 - lessA;
            j = 2 * j + 2 - lessB;
            k = 2 * k + 2 - lessC;
            l = 2 * l + 2 - lessE;
        }
        first = i - Branches;
        second = j - Branches;
        third = k - Branches;
        fourth = l - Branches;
    }

    /// <summary>The leaf slot of tree <paramref name="tree"/> on compact codes. Only when <see cref="Compact"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Walk(ref int x, int tree)
    {
        ref var a = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_packed!), 2 * tree * Branches);
        var i = 0;
        for (var d = 0; d < Depth; d++)
        {
            i = 2 * i + 2 - (int)((uint)(Unsafe.Add(ref x, Unsafe.Add(ref a, 2 * i + 1)) - Unsafe.Add(ref a, 2 * i)) >> 31);
        }
        return i - Branches;
    }

    private void Fill(TreeEnsemblePlan p, long[] aligned, int tree, int root, int local, int slot, int depth)
    {
        var k = root + local;
        var leaf = p.TrueChild[k] == local && p.FalseChild[k] == local;
        if (depth == Depth)
        {
            // The plan's walk of Depth steps ends here: a leaf (its own child) by the plan's construction.
            LeafNode[tree * Leaves + slot - Branches] = local;
            return;
        }
        var at = tree * Branches + slot;
        int left, right;
        if (leaf)
        {
            _threshold[at] = Always;
            _feature[at] = 0;
            left = right = local;
        }
        else
        {
            var (bump, swap) = p.Mode[k] switch
            {
                0 => (1L, false),
                1 => (0L, false),
                2 => (0L, true),
                _ => (1L, true),
            };
            _threshold[at] = aligned[k] + bump;
            _feature[at] = p.Feature[k];
            left = swap ? p.FalseChild[k] : p.TrueChild[k];
            right = swap ? p.TrueChild[k] : p.FalseChild[k];
        }
        Fill(p, aligned, tree, root, left, 2 * slot + 1, depth + 1);
        Fill(p, aligned, tree, root, right, 2 * slot + 2, depth + 1);
    }
}
