using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Reads the node and leaf lists of an ai.onnx.ml tree ensemble into <see cref="DecisionTree"/>s: trees in ascending
/// tree id, each renumbered breadth-first from its root (the one node no other node points to). Every problem is one
/// error naming the tree id and the node id.
/// </summary>
internal sealed class OnnxTreeReader
{
    private readonly OnnxNode _node;
    private readonly TreeAttributes _a;
    private readonly string _leafPrefix;
    private readonly int _columns;
    private readonly int _features;

    public OnnxTreeReader(OnnxNode node, TreeAttributes a, string leafPrefix, int columns, int features)
    {
        (_node, _a, _leafPrefix, _columns, _features) = (node, a, leafPrefix, columns, features);
    }

    /// <summary>The trees; <paramref name="leafColumns"/> the column ids the leaf weights use, <paramref name="leafValues"/> every weight.</summary>
    public List<DecisionTree> Read(out HashSet<long> leafColumns, out double[] leafValues)
    {
        var treeIds = _a.Ints("nodes_treeids");
        var n = treeIds.Length;
        if (n == 0) throw _node.Error($"ONNX op '{_node.OpType}' has no tree nodes");
        var nodeIds = _a.Ints("nodes_nodeids", n);
        var features = _a.Ints("nodes_featureids", n);
        var thresholds = _a.Floats("nodes_values", n);
        var modes = _a.Strings("nodes_modes", n);
        var trueIds = _a.Ints("nodes_truenodeids", n);
        var falseIds = _a.Ints("nodes_falsenodeids", n);
        var missing = _a.Ints("nodes_missing_value_tracks_true", n, required: false);
        if (missing.Length == 0) missing = new long[n];

        // entry index of (tree, node)
        var entries = new SortedDictionary<long, Dictionary<long, int>>();
        for (var i = 0; i < n; i++)
        {
            if (!entries.TryGetValue(treeIds[i], out var tree)) entries[treeIds[i]] = tree = new Dictionary<long, int>();
            if (!tree.TryAdd(nodeIds[i], i)) throw Error(treeIds[i], nodeIds[i], "is listed twice");
        }

        var leafTrees = _a.Ints($"{_leafPrefix}_treeids");
        var m = leafTrees.Length;
        var leafNodes = _a.Ints($"{_leafPrefix}_nodeids", m);
        var leafIds = _a.Ints($"{_leafPrefix}_ids", m);
        leafValues = _a.Floats($"{_leafPrefix}_weights", m);
        leafColumns = leafIds.ToHashSet();

        var local = new Dictionary<(long Tree, long Node), (int Tree, int Node)>();
        var trees = new List<DecisionTree>();
        var builders = new List<(int[] Entries, double[] Values)>();
        foreach (var (treeId, nodes) in entries)
        {
            var order = Order(treeId, nodes, modes, trueIds, falseIds, nodeIds);
            for (var k = 0; k < order.Length; k++) local[(treeId, nodeIds[order[k]])] = (builders.Count, k);
            builders.Add((order, new double[order.Length * _columns]));
        }
        for (var j = 0; j < m; j++)
        {
            if (!local.TryGetValue((leafTrees[j], leafNodes[j]), out var at))
            {
                throw Error(leafTrees[j], leafNodes[j], $"has a {_leafPrefix} weight (entry {j}) but is not a node of the ensemble (or not reachable from its tree's root)");
            }
            var e = builders[at.Tree].Entries[at.Node];
            if (modes[e] != "LEAF") throw Error(leafTrees[j], leafNodes[j], $"has a {_leafPrefix} weight (entry {j}) but is a branch node ({modes[e]}), not a LEAF");
            if (leafIds[j] < 0 || leafIds[j] >= _columns) throw Error(leafTrees[j], leafNodes[j], $"has {_leafPrefix} id {leafIds[j]}, outside 0..{_columns - 1}");
            builders[at.Tree].Values[at.Node * _columns + (int)leafIds[j]] += leafValues[j];
        }

        var treeIndex = 0;
        foreach (var (treeId, _) in entries)
        {
            var (order, values) = builders[treeIndex++];
            var count = order.Length;
            var feature = new int[count];
            var threshold = new double[count];
            var mode = new TreeSplitMode[count];
            var t = new int[count];
            var f = new int[count];
            var miss = new bool[count];
            for (var k = 0; k < count; k++)
            {
                var e = order[k];
                if (modes[e] == "LEAF")
                {
                    t[k] = f[k] = -1;
                    continue;
                }
                mode[k] = Mode(treeId, nodeIds[e], modes[e]);
                if (features[e] < 0 || features[e] >= _features) throw Error(treeId, nodeIds[e], $"compares feature {features[e]}, but the input has {_features} features");
                if (!double.IsFinite(thresholds[e])) throw Error(treeId, nodeIds[e], $"has threshold {thresholds[e]}; a finite threshold is needed");
                feature[k] = (int)features[e];
                threshold[k] = thresholds[e];
                t[k] = local[(treeId, trueIds[e])].Node;
                f[k] = local[(treeId, falseIds[e])].Node;
                miss[k] = missing[e] != 0;
            }
            trees.Add(new DecisionTree(feature, threshold, mode, t, f, miss, values, _columns));
        }
        return trees;
    }

    /// <summary>Entry indices of one tree's nodes, breadth-first from the root; checks children, the root and cycles.</summary>
    private int[] Order(long treeId, Dictionary<long, int> nodes, string[] modes, long[] trueIds, long[] falseIds, long[] nodeIds)
    {
        var parents = new Dictionary<long, long>();
        foreach (var (nodeId, e) in nodes)
        {
            if (modes[e] == "LEAF") continue;
            foreach (var (child, side) in new[] { (trueIds[e], "true"), (falseIds[e], "false") })
            {
                if (!nodes.ContainsKey(child)) throw Error(treeId, nodeId, $"has {side} child {child}, which is not a node of the tree");
                if (child == nodeId) throw Error(treeId, nodeId, $"is its own {side} child");
                if (parents.TryGetValue(child, out var other)) throw Error(treeId, child, $"has two parents (nodes {other} and {nodeId}); the nodes do not form a tree");
                parents[child] = nodeId;
            }
        }
        var roots = nodes.Keys.Where(id => !parents.ContainsKey(id)).Order().ToList();
        if (roots.Count != 1)
        {
            throw _node.Error($"ONNX op '{_node.OpType}': tree {treeId} has {(roots.Count == 0 ? "no root (a cycle)" : $"{roots.Count} roots (nodes {string.Join(", ", roots.Take(5))})")}; a tree needs exactly one node that no other node points to");
        }
        var order = new List<int>();
        var queue = new Queue<long>([roots[0]]);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            var e = nodes[id];
            order.Add(e);
            if (modes[e] == "LEAF") continue;
            queue.Enqueue(trueIds[e]);
            queue.Enqueue(falseIds[e]);
        }
        return order.ToArray();
    }

    private TreeSplitMode Mode(long tree, long node, string mode) => mode switch
    {
        "BRANCH_LEQ" => TreeSplitMode.LessOrEqual,
        "BRANCH_LT" => TreeSplitMode.Less,
        "BRANCH_GTE" => TreeSplitMode.GreaterOrEqual,
        "BRANCH_GT" => TreeSplitMode.Greater,
        "BRANCH_EQ" => TreeSplitMode.Equal,
        "BRANCH_NEQ" => TreeSplitMode.NotEqual,
        _ => throw Error(tree, node, $"has unknown mode '{mode}' (expected BRANCH_LEQ, BRANCH_LT, BRANCH_GTE, BRANCH_GT, BRANCH_EQ, BRANCH_NEQ or LEAF)"),
    };

    private ModelLoadException Error(long tree, long node, string what) =>
        _node.Error($"ONNX op '{_node.OpType}': tree {tree} node {node} {what}");
}
