using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Transpose, Squeeze and Gather on tensors whose batch axis is not axis 0 (<see cref="MovedBatch"/>): the
/// [batch, seq, features] → [seq, batch, features] Transpose torch puts before a batch-first recurrent layer, and
/// the Squeeze / Transpose / Gather tails after it. No data moves: only size-1 axes are dropped and the batch axis
/// moves, so a tensor whose batch returns to axis 0 is the same per-sample data, reshaped.
/// </summary>
internal static class MovedBatchLayout
{
    /// <summary>A Transpose of a moved-batch tensor, or one that moves the batch of a rank ≥ 3 tensor; false when neither.</summary>
    public static bool TryTranspose(OnnxNode node, OnnxImportContext context, long[]? perm)
    {
        var moved = context.FindMovedBatch(node, 0);
        if (moved is null)
        {
            if (context.TryConstant(node, 0) is not null || context.IsBatchSwapped(node.InputName(0)!)) return false;
            var x = context.Activation(node, 0);
            if (x.Shape.Rank < 2 || perm is null || perm.Length != x.Shape.Rank + 1 || perm[0] == 0) return false;
            moved = new MovedBatch(x, [0, .. x.Shape.Dims.Select(d => (long)d)], 0);
        }
        perm ??= Enumerable.Range(0, moved.Dims.Length).Reverse().Select(i => (long)i).ToArray();
        var permText = "[" + string.Join(",", perm) + "]";
        if (perm.Length != moved.Dims.Length || perm.Distinct().Count() != perm.Length || perm.Any(p => p < 0 || p >= perm.Length))
            throw node.BadAttribute("perm", permText, $"the input has rank {moved.Dims.Length}");
        // The non-batch axes of size > 1 must keep their order (then the per-sample data is unchanged).
        var kept = perm.Where(p => p != moved.BatchAxis && moved.Dims[p] != 1).ToArray();
        if (!kept.SequenceEqual(kept.Order()))
            throw node.BadAttribute("perm", permText, "a Transpose that both moves the batch axis and reorders the data axes is not supported");
        var dims = perm.Select(p => moved.Dims[p]).ToArray();
        Resolve(node, context, moved.Value, dims, Array.IndexOf(perm, (long)moved.BatchAxis));
        return true;
    }

    /// <summary>A Squeeze of a moved-batch tensor; false when the input is not one.</summary>
    public static bool TrySqueeze(OnnxNode node, OnnxImportContext context, long[]? axes)
    {
        var moved = context.FindMovedBatch(node, 0);
        if (moved is null) return false;
        if (node.OpType != "Squeeze") throw node.BadInput(0, "Unsqueeze of a time-major tensor is not supported");
        var rank = moved.Dims.Length;
        var drop = (axes ?? Enumerable.Range(0, rank).Where(a => a != moved.BatchAxis && moved.Dims[a] == 1).Select(a => (long)a))
            .Select(a => (int)(a < 0 ? a + rank : a)).ToHashSet();
        if (drop.Any(a => a < 0 || a >= rank || a == moved.BatchAxis || moved.Dims[a] != 1))
            throw node.BadAttribute("axes", "[" + string.Join(",", axes ?? []) + "]", $"only size-1 axes other than the batch (axis {moved.BatchAxis}) of [{string.Join(",", moved.Dims)}] can be squeezed");
        Drop(node, context, moved, drop);
        return true;
    }

    /// <summary>A Gather of index 0 (or -1) on a size-1 axis of a moved-batch tensor; false when the input is not one.</summary>
    public static bool TryGather(OnnxNode node, OnnxImportContext context)
    {
        var moved = context.FindMovedBatch(node, 0);
        if (moved is null) return false;
        node.Attributes.EnsureOnly("axis");
        var rank = moved.Dims.Length;
        var axis = (int)node.Attributes.Int("axis", 0);
        if (axis < 0) axis += rank;
        var index = context.RequireConstant(node, 1, "indices");
        if (axis < 0 || axis >= rank || axis == moved.BatchAxis || moved.Dims[axis] != 1 || index.Size != 1 || index.Rank != 0 || (index.Data[0] != 0 && index.Data[0] != -1))
            throw node.Error($"Gather of a time-major tensor [{string.Join(",", moved.Dims)}] is supported only as a scalar index 0 or -1 on a size-1 axis (the direction axis)");
        Drop(node, context, moved, [axis]);
        return true;
    }

    private static void Drop(OnnxNode node, OnnxImportContext context, MovedBatch moved, HashSet<int> drop)
    {
        var dims = moved.Dims.Where((_, a) => !drop.Contains(a)).ToArray();
        var batch = moved.BatchAxis - drop.Count(a => a < moved.BatchAxis);
        Resolve(node, context, moved.Value, dims, batch);
    }

    private static void Resolve(OnnxNode node, OnnxImportContext context, Value value, long[] dims, int batchAxis)
    {
        if (batchAxis != 0)
        {
            context.SetMovedBatch(node.OutputName, new MovedBatch(value, dims, batchAxis));
            return;
        }
        var sample = dims.Skip(1).Select(d => (int)d).ToArray();
        SampleReshape.Apply(node, context, value, sample.Length == 0 ? new Shape(1) : new Shape(sample));
    }
}
