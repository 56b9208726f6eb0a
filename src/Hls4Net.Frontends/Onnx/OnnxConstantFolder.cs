using Hls4Net.Frontends.Onnx.Proto;
using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;

namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// Evaluates ONNX nodes whose inputs are all constants (weight-only and shape-only subgraphs such as PyTorch's
/// <c>Shape → Gather → Unsqueeze → Concat → Reshape</c>), so an op that only rearranges constants never reaches the IR.
/// Shape of layer data folds too: the per-sample shape is static, and the batch axis reads as 0, which a later
/// Reshape takes as "copy the batch axis".
/// </summary>
internal sealed class OnnxConstantFolder
{
    /// <summary>Op types evaluated when every present input is a constant (Shape also on layer data).</summary>
    public static readonly IReadOnlyList<string> FoldedOpTypes =
    [
        "Shape", "Gather", "Unsqueeze", "Squeeze", "Concat", "Cast", "Reshape", "Flatten", "Slice", "ConstantOfShape", "Expand",
        "Range", "Identity", "Transpose", "Add", "Sub", "Mul", "Div", "Neg", "Sqrt", "Reciprocal",
    ];

    /// <summary>Op types that exist only as constant computations; on layer data they are an error.</summary>
    public static readonly IReadOnlyList<string> ConstantOnlyOpTypes = ["Gather", "Slice", "ConstantOfShape", "Range", "Neg", "Sqrt", "Reciprocal"];

    private const int MaxFoldedValues = 1 << 24;

    /// <summary>Fold <paramref name="node"/> into a constant when it computes one; false to leave it to its mapper.</summary>
    public bool TryFold(OnnxNode node, OnnxImportContext context)
    {
        if (!FoldedOpTypes.Contains(node.OpType) || node.Proto.Output.Count != 1) return false;
        if (node.OpType == "Shape") return FoldShape(node, context);
        var inputs = new OnnxConstant?[node.InputCount];
        for (var i = 0; i < node.InputCount; i++)
        {
            if (node.InputName(i) is null) continue;
            inputs[i] = context.TryConstant(node, i);
            if (inputs[i] is null) return false;
        }
        if (node.InputCount == 0 || inputs[0] is null) return false;
        OnnxConstant result;
        try
        {
            result = Evaluate(node, inputs);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or OverflowException or InvalidCastException)
        {
            throw node.Error($"ONNX op '{node.OpType}' on constants is malformed (shapes, axes or indices out of range)", e.Message);
        }
        if (result.Size > MaxFoldedValues) throw node.Error($"ONNX op '{node.OpType}' on constants would make {result.Size} values (limit {MaxFoldedValues})");
        context.SetConstant(node.OutputName, result);
        return true;
    }

    private static bool FoldShape(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly("start", "end");
        long[] dims;
        if (context.TryConstant(node, 0) is { } c) dims = c.Dims;
        else if (context.FindMovedBatch(node, 0) is { } moved) dims = moved.Dims; // time-major: 0 marks the batch on its axis
        else
        {
            var x = context.ActivationAllowingBatchSwap(node, 0, out var swapped);
            if (swapped) throw node.BadInput(0, "Shape of a tensor whose batch axis a Transpose moved is not supported");
            dims = [0, .. x.Shape.Dims.Select(d => (long)d)];
        }
        var rank = dims.Length;
        var start = Clamp(node.Attributes.Int("start", 0), rank);
        var end = Clamp(node.Attributes.Int("end", rank), rank);
        var part = dims.Skip(start).Take(Math.Max(0, end - start)).Select(d => (double)d).ToArray();
        context.SetConstant(node.OutputName, new OnnxConstant(node.OutputName, [part.Length], part, DataType.Int64));
        return true;
    }

    private static int Clamp(long axis, int rank) => (int)Math.Clamp(axis < 0 ? axis + rank : axis, 0, rank);

    private static OnnxConstant Evaluate(OnnxNode node, OnnxConstant?[] inputs)
    {
        var x = inputs[0]!;
        var name = node.OutputName;
        switch (node.OpType)
        {
            case "Identity":
                node.Attributes.EnsureOnly();
                return x.Renamed(name);
            case "Cast":
                node.Attributes.EnsureOnly("to", "saturate");
                var to = (DataType)node.Attributes.Int("to", (long)DataType.Float);
                var cast = to is DataType.Float or DataType.Double or DataType.Float16 or DataType.Bfloat16
                    ? x.Data.Select(v => to == DataType.Float ? (double)(float)v : v).ToArray()
                    : to == DataType.Bool ? x.Data.Select(v => v != 0 ? 1.0 : 0.0).ToArray() : x.Data.Select(Math.Truncate).ToArray();
                return new OnnxConstant(name, x.Dims, cast, to);
            case "Unsqueeze":
                return new OnnxConstant(name, UnsqueezedDims(node, x.Dims, Axes(node, inputs, 1)), x.Data, x.ElementType);
            case "Squeeze":
                return new OnnxConstant(name, SqueezedDims(node, x.Dims, Axes(node, inputs, 1)), x.Data, x.ElementType);
            case "Flatten":
                node.Attributes.EnsureOnly("axis");
                var fa = Clamp(node.Attributes.Int("axis", 1), x.Rank);
                return new OnnxConstant(name, [x.Dims.Take(fa).Aggregate(1L, (p, d) => p * d), x.Dims.Skip(fa).Aggregate(1L, (p, d) => p * d)], x.Data, x.ElementType);
            case "Reshape":
                return new OnnxConstant(name, ReshapedDims(node, x, inputs), x.Data, x.ElementType);
            case "Concat":
                if (Array.IndexOf(inputs, null) is var missing and >= 0) throw node.BadInput(missing, "Concat input is empty");
                return Concat(node, inputs.Select(i => i!).ToArray());
            case "Transpose":
                return Transpose(node, x);
            case "Gather":
                return Gather(node, x, inputs[1] ?? throw node.Error("Gather is missing its indices"));
            case "Slice":
                return Slice(node, x, inputs);
            case "ConstantOfShape":
                return ConstantOfShape(node, x);
            case "Expand":
                return OnnxExpandFolding.Evaluate(node, x, inputs[1] ?? throw node.Error("Expand is missing its shape"), MaxFoldedValues);
            case "Range":
                return Range(node, inputs);
            case "Neg":
            case "Sqrt":
            case "Reciprocal":
                node.Attributes.EnsureOnly();
                Func<double, double> f = node.OpType switch { "Neg" => v => -v, "Sqrt" => Math.Sqrt, _ => v => 1 / v };
                return new OnnxConstant(name, x.Dims, x.Data.Select(f).ToArray(), x.ElementType);
            default:
                return Binary(node, x, inputs[1] ?? throw node.Error($"ONNX op '{node.OpType}' is missing input 1"));
        }
    }

    /// <summary>Axes from the attribute (before opset 13) or from constant input <paramref name="index"/> (13+).</summary>
    public static long[]? Axes(OnnxNode node, OnnxConstant?[] inputs, int index)
    {
        node.Attributes.EnsureOnly("axes");
        if (node.Attributes.Ints("axes") is { } a) return a;
        return index < inputs.Length && inputs[index] is { } c ? c.ToInt64s() : null;
    }

    public static long[] UnsqueezedDims(OnnxNode node, long[] dims, long[]? axes)
    {
        if (axes is null || axes.Length == 0) throw node.Error("Unsqueeze needs 'axes'");
        var rank = dims.Length + axes.Length;
        var normalized = axes.Select(a => a < 0 ? a + rank : a).ToHashSet();
        if (normalized.Count != axes.Length || normalized.Any(a => a < 0 || a >= rank)) throw node.BadAttribute("axes", "[" + string.Join(",", axes) + "]", $"output rank is {rank}");
        var result = new long[rank];
        var k = 0;
        for (var i = 0; i < rank; i++) result[i] = normalized.Contains(i) ? 1 : dims[k++];
        return result;
    }

    public static long[] SqueezedDims(OnnxNode node, long[] dims, long[]? axes)
    {
        var rank = dims.Length;
        var normalized = axes is null ? Enumerable.Range(0, rank).Where(i => dims[i] == 1).Select(i => (long)i).ToHashSet()
            : axes.Select(a => a < 0 ? a + rank : a).ToHashSet();
        foreach (var a in normalized)
        {
            if (a < 0 || a >= rank || dims[a] != 1) throw node.BadAttribute("axes", "[" + string.Join(",", axes ?? []) + "]", $"axis {a} of shape [{string.Join(",", dims)}] is not of size 1");
        }
        return dims.Where((_, i) => !normalized.Contains(i)).ToArray();
    }

    private static long[] ReshapedDims(OnnxNode node, OnnxConstant x, OnnxConstant?[] inputs)
    {
        long[] target;
        var allowZero = 0L;
        if (node.Opset < 5)
        {
            node.Attributes.EnsureOnly("shape");
            target = node.Attributes.Ints("shape") ?? throw node.Error("Reshape is missing 'shape'");
        }
        else
        {
            node.Attributes.EnsureOnly("allowzero");
            allowZero = node.Attributes.Int("allowzero", 0);
            target = (inputs.Length > 1 ? inputs[1] : null)?.ToInt64s() ?? throw node.Error("Reshape is missing its target shape");
        }
        string Bad() => $"cannot reshape constant of shape {x.ShapeText} to [{string.Join(",", target)}]";
        if (target.Any(d => d < -1) || target.Count(d => d == -1) > 1) throw node.BadInput(1, Bad());
        var dims = target.Select((d, i) => d == 0 && allowZero == 0 ? x.Dims[i] : d).ToArray();
        var known = SizeOrNull(dims.Where(d => d != -1)) ?? throw node.BadInput(1, Bad());
        if (dims.Count(d => d == -1) == 1) dims = dims.Select(d => d == -1 ? (known == 0 ? 0 : x.Size / known) : d).ToArray();
        if (SizeOrNull(dims) != x.Size) throw node.BadInput(1, Bad());
        return dims;
    }

    private static long[] Strides(long[] dims)
    {
        var s = new long[dims.Length];
        long acc = 1;
        for (var i = dims.Length - 1; i >= 0; i--)
        {
            s[i] = acc;
            acc *= dims[i];
        }
        return s;
    }

    /// <summary>Visit every index of <paramref name="dims"/> in row-major order.</summary>
    private static IEnumerable<long[]> Indices(long[] dims)
    {
        var total = dims.Aggregate(1L, (p, d) => p * d);
        var idx = new long[dims.Length];
        for (long n = 0; n < total; n++)
        {
            yield return idx;
            for (var a = dims.Length - 1; a >= 0; a--)
            {
                if (++idx[a] < dims[a]) break;
                idx[a] = 0;
            }
        }
    }

    private static OnnxConstant Concat(OnnxNode node, OnnxConstant[] parts)
    {
        node.Attributes.EnsureOnly("axis");
        var rank = parts[0].Rank;
        if (parts.Any(p => p.Rank != rank)) throw node.Error("Concat of constants of different ranks");
        var axis = (int)node.Attributes.Int("axis", 0);
        if (axis < 0) axis += rank;
        if (axis < 0 || axis >= rank) throw node.BadAttribute("axis", axis, $"constants have rank {rank}");
        if (parts.Any(p => p.Dims.Where((d, i) => i != axis && d != parts[0].Dims[i]).Any())) throw node.Error("Concat of constants whose shapes differ off the concatenation axis");
        var outer = parts[0].Dims.Take(axis).Aggregate(1L, (p, d) => p * d);
        var data = new List<double>();
        for (long o = 0; o < outer; o++)
        {
            foreach (var p in parts)
            {
                var block = p.Dims.Skip(axis).Aggregate(1L, (q, d) => q * d);
                data.AddRange(p.Data.Skip((int)(o * block)).Take((int)block));
            }
        }
        var dims = (long[])parts[0].Dims.Clone();
        dims[axis] = parts.Sum(p => p.Dims[axis]);
        return new OnnxConstant(node.OutputName, dims, data.ToArray(), parts[0].ElementType);
    }

    private static OnnxConstant Transpose(OnnxNode node, OnnxConstant x)
    {
        node.Attributes.EnsureOnly("perm");
        var perm = node.Attributes.Ints("perm") ?? Enumerable.Range(0, x.Rank).Reverse().Select(i => (long)i).ToArray();
        if (perm.Length != x.Rank || perm.Distinct().Count() != perm.Length || perm.Any(p => p < 0 || p >= x.Rank)) throw node.BadAttribute("perm", "[" + string.Join(",", perm) + "]", $"the constant has rank {x.Rank}");
        var dims = perm.Select(p => x.Dims[p]).ToArray();
        var inStrides = Strides(x.Dims);
        var data = new double[x.Size];
        var k = 0;
        foreach (var idx in Indices(dims))
        {
            long src = 0;
            for (var a = 0; a < idx.Length; a++) src += idx[a] * inStrides[perm[a]];
            data[k++] = x.Data[src];
        }
        return new OnnxConstant(node.OutputName, dims, data, x.ElementType);
    }

    private static OnnxConstant Gather(OnnxNode node, OnnxConstant x, OnnxConstant indices)
    {
        node.Attributes.EnsureOnly("axis");
        var axis = (int)node.Attributes.Int("axis", 0);
        if (axis < 0) axis += x.Rank;
        if (axis < 0 || axis >= x.Rank) throw node.BadAttribute("axis", axis, $"the data has rank {x.Rank}");
        var outer = x.Dims.Take(axis).Aggregate(1L, (p, d) => p * d);
        var inner = x.Dims.Skip(axis + 1).Aggregate(1L, (p, d) => p * d);
        var n = x.Dims[axis];
        var data = new List<double>();
        for (long o = 0; o < outer; o++)
        {
            foreach (var raw in indices.ToInt64s())
            {
                var i = raw < 0 ? raw + n : raw;
                if (i < 0 || i >= n) throw node.BadInput(1, $"index {raw} is out of range for axis {axis} of size {n}");
                for (long j = 0; j < inner; j++) data.Add(x.Data[(o * n + i) * inner + j]);
            }
        }
        long[] dims = [.. x.Dims.Take(axis), .. indices.Dims, .. x.Dims.Skip(axis + 1)];
        return new OnnxConstant(node.OutputName, dims, data.ToArray(), x.ElementType);
    }

    private static OnnxConstant Slice(OnnxNode node, OnnxConstant x, OnnxConstant?[] inputs)
    {
        var (starts, ends, axes, steps) = OnnxSliceArguments.Read(node, i => i < inputs.Length ? inputs[i] : null);
        var begin = new long[x.Rank];
        var step = Enumerable.Repeat(1L, x.Rank).ToArray();
        var count = (long[])x.Dims.Clone();
        for (var k = 0; k < axes.Length; k++)
        {
            var a = (int)(axes[k] < 0 ? axes[k] + x.Rank : axes[k]);
            var n = x.Dims[a];
            var s = steps?[k] ?? 1;
            if (s == 0) throw node.Error("Slice with step 0");
            long Norm(long v, long lo, long hi) => Math.Clamp(v < 0 ? v + n : v, lo, hi);
            var b = s > 0 ? Norm(starts[k], 0, n) : Norm(starts[k], -1, n - 1);
            var e = s > 0 ? Norm(ends[k], 0, n) : Norm(ends[k], -1, n - 1);
            begin[a] = b;
            step[a] = s;
            count[a] = Math.Max(0, s > 0 ? (e - b + s - 1) / s : (b - e - s - 1) / -s);
        }
        var strides = Strides(x.Dims);
        var data = new List<double>();
        foreach (var idx in Indices(count))
        {
            long src = 0;
            for (var a = 0; a < idx.Length; a++) src += (begin[a] + idx[a] * step[a]) * strides[a];
            data.Add(x.Data[src]);
        }
        return new OnnxConstant(node.OutputName, count, data.ToArray(), x.ElementType);
    }

    private static OnnxConstant ConstantOfShape(OnnxNode node, OnnxConstant shape)
    {
        node.Attributes.EnsureOnly("value");
        var dims = shape.ToInt64s();
        if (dims.Any(d => d < 0)) throw node.BadInput(0, "ConstantOfShape of a negative size");
        var fill = 0.0;
        var type = DataType.Float;
        if (node.Attributes.Tensor("value") is { } t)
        {
            var v = new OnnxTensorReader(node.ModelName).Read(t);
            fill = v.Data.Length > 0 ? v.Data[0] : 0;
            type = v.ElementType;
        }
        var size = SizeOrNull(dims) ?? long.MaxValue;
        if (size > 1 << 24) throw node.Error($"ConstantOfShape of shape [{string.Join(",", dims)}] is too large (more than {1 << 24} values)");
        // A size of 0 is the batch placeholder of a folded Shape: the empty constant must stand for zeros (a recurrent
        // layer's initial state), so another value over the batch is refused here rather than read as zeros later.
        if (size == 0 && fill != 0) throw node.Error($"ConstantOfShape with value {fill} over the batch axis is not supported (only zeros, e.g. a recurrent layer's initial state)");
        return new OnnxConstant(node.OutputName, dims, Enumerable.Repeat(fill, (int)size).ToArray(), type);
    }

    /// <summary>The number of values of non-negative <paramref name="dims"/>; null when it does not fit a long.</summary>
    private static long? SizeOrNull(IEnumerable<long> dims)
    {
        long size = 1;
        foreach (var d in dims)
        {
            if (d == 0) return 0;
            if (size > long.MaxValue / d) size = -1;
            else if (size >= 0) size *= d;
        }
        return size < 0 ? null : size;
    }

    private static OnnxConstant Range(OnnxNode node, OnnxConstant?[] inputs)
    {
        node.Attributes.EnsureOnly();
        if (inputs.Length < 3 || inputs.Any(i => i is null || i.Size != 1)) throw node.Error("Range needs scalar start, limit and delta");
        double start = inputs[0]!.Data[0], limit = inputs[1]!.Data[0], delta = inputs[2]!.Data[0];
        if (delta == 0) throw node.Error("Range with delta 0");
        var n = (long)Math.Max(Math.Ceiling((limit - start) / delta), 0);
        if (n > 1 << 24) throw node.Error($"Range of {n} values is too large");
        return new OnnxConstant(node.OutputName, [n], Enumerable.Range(0, (int)n).Select(i => start + i * delta).ToArray(), inputs[0]!.ElementType);
    }

    private static OnnxConstant Binary(OnnxNode node, OnnxConstant a, OnnxConstant b)
    {
        node.Attributes.EnsureOnly("broadcast", "axis");
        var rank = Math.Max(a.Rank, b.Rank);
        long[] Pad(long[] d) => [.. Enumerable.Repeat(1L, rank - d.Length), .. d];
        var da = Pad(a.Dims);
        var db = Pad(b.Dims);
        var dims = new long[rank];
        for (var i = 0; i < rank; i++)
        {
            if (da[i] != db[i] && da[i] != 1 && db[i] != 1) throw node.Error($"constants of shapes {a.ShapeText} and {b.ShapeText} do not broadcast");
            dims[i] = Math.Max(da[i], db[i]);
        }
        if (dims.Aggregate(1L, (p, d) => p * d) > MaxFoldedValues) throw node.Error($"ONNX op '{node.OpType}' on constants of shapes {a.ShapeText} and {b.ShapeText} is too large");
        var sa = Strides(da);
        var sb = Strides(db);
        var integer = a.ElementType is not (DataType.Float or DataType.Double or DataType.Float16 or DataType.Bfloat16);
        var data = new List<double>();
        foreach (var idx in Indices(dims))
        {
            long ia = 0, ib = 0;
            for (var k = 0; k < rank; k++)
            {
                if (da[k] != 1) ia += idx[k] * sa[k];
                if (db[k] != 1) ib += idx[k] * sb[k];
            }
            double x = a.Data[ia], y = b.Data[ib];
            double r = node.OpType switch
            {
                "Add" => x + y,
                "Sub" => x - y,
                "Mul" => x * y,
                _ => integer ? Math.Truncate(x / y) : x / y,
            };
            data.Add(a.ElementType == DataType.Float ? (float)r : r);
        }
        return new OnnxConstant(node.OutputName, dims, data.ToArray(), a.ElementType);
    }
}
