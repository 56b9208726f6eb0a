using System.Runtime.Intrinsics;
using Hls4Net.Core.Handlers;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Wide;

namespace Hls4Net.Emulation;

/// <summary>
/// Bit-accurate emulation of a typed graph: walks <c>graph.Nodes</c> in order on a batch, one
/// <see cref="IKernel"/> per node from a kernel set (built from the op packages).
/// </summary>
public sealed class Interpreter
{
    // Recycled output arrays, one set per concurrent run (ParallelInterpreter shares this interpreter between threads).
    private readonly System.Collections.Concurrent.ConcurrentBag<RawBuffers> _idleBuffers = [];

    public Interpreter(OpHandlerSet<IKernel> kernels) => Kernels = kernels;

    public OpHandlerSet<IKernel> Kernels { get; }

    /// <summary>
    /// When true, every kernel run without a trace is checked to leave its inputs' codes unchanged
    /// (<see cref="InputWriteGuard"/>); on by default in debug builds, off in release builds (it copies every input).
    /// </summary>
    internal bool CheckInputsUnchanged { get; init; } =
#if DEBUG
        true;
#else
        false;
#endif

    /// <summary>Run a single-input graph; <paramref name="input"/> is batch-major (batch x input size).</summary>
    public InterpreterResult Run(Graph graph, double[] input, int batch, bool trace = false) => Run(graph, [input], batch, trace);

    /// <summary>
    /// Run the graph on a batch. <paramref name="inputs"/> has one batch-major array per graph input; each value is
    /// quantized into the input's type as a C++ <c>input_t x = (double)v;</c> assignment would. When
    /// <paramref name="times"/> is given, each kernel's wall time is added to it. Without a trace, intermediate values'
    /// arrays are recycled across runs (<see cref="RawBuffers"/>); the returned tensors are never reused. With a
    /// trace, every kernel allocates its result afresh (the reference for the recycling).
    /// </summary>
    public InterpreterResult Run(Graph graph, IReadOnlyList<double[]> inputs, int batch, bool trace = false, KernelTimes? times = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(inputs);
        if (batch < 0) throw new ArgumentOutOfRangeException(nameof(batch), "batch size must not be negative");
        if (inputs.Count != graph.Inputs.Count)
        {
            throw new ArgumentException($"graph '{graph.Name}' has {graph.Inputs.Count} input(s) but {inputs.Count} were given");
        }
        var values = new Dictionary<Value, FixedTensor>(ReferenceEqualityComparer.Instance);
        var quantized = new List<FixedTensor>();
        var inputOverflow = new List<OverflowCounter>();
        for (var k = 0; k < inputs.Count; k++)
        {
            var counter = new OverflowCounter();
            var tensor = Quantize(graph.Inputs[k], inputs[k], batch, counter);
            values[graph.Inputs[k]] = tensor;
            quantized.Add(tensor);
            inputOverflow.Add(counter);
        }
        var buffers = trace ? null : _idleBuffers.TryTake(out var idle) ? idle : new RawBuffers();
        try
        {
            return RunNodes(graph, batch, values, quantized, inputOverflow, trace, times, buffers);
        }
        finally
        {
            if (buffers is not null)
            {
                buffers.ForgetRented();
                _idleBuffers.Add(buffers);
            }
        }
    }

    private InterpreterResult RunNodes(Graph graph, int batch, Dictionary<Value, FixedTensor> values, List<FixedTensor> quantized,
        List<OverflowCounter> inputOverflow, bool trace, KernelTimes? times, RawBuffers? buffers)
    {
        var lastUse = LastUses(graph);
        var overflow = new Dictionary<Node, OverflowCounter>(ReferenceEqualityComparer.Instance);
        var traced = trace ? new Dictionary<Node, FixedTensor>(ReferenceEqualityComparer.Instance) : null;
        for (var n = 0; n < graph.Nodes.Count; n++)
        {
            var node = graph.Nodes[n];
            var args = new FixedTensor[node.Inputs.Count];
            for (var k = 0; k < args.Length; k++)
            {
                args[k] = values.TryGetValue(node.Inputs[k], out var t)
                    ? t
                    : throw new GraphException($"node '{node.Name}': input '{node.Inputs[k].Name}' is not computed before it");
            }
            var counter = new OverflowCounter();
            var started = times is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            var kernel = Kernels.Resolve(node);
            var guard = buffers is not null && CheckInputsUnchanged ? InputWriteGuard.Snapshot(args) : null;
            var result = buffers is null ? kernel.Run(node, args, counter) : kernel.Run(node, args, counter, buffers);
            guard?.Verify(node, kernel);
            times?.Add(node, System.Diagnostics.Stopwatch.GetTimestamp() - started);
            Check(node, result, batch);
            overflow[node] = counter;
            values[node.Output] = result;
            traced?.Add(node, result);
            if (!trace) Release(values, node, n, lastUse, buffers);
        }
        var outputs = graph.Outputs.Select(o => values.TryGetValue(o, out var t)
            ? t
            : throw new GraphException($"graph '{graph.Name}': output '{o.Name}' is not computed")).ToList();
        return new InterpreterResult(outputs, quantized, overflow, inputOverflow, traced);
    }

    // Fully optimized from the first call: a host whose background work keeps the tiered JIT busy may otherwise
    // run this per-value loop unoptimized for a long time.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static FixedTensor Quantize(Value input, double[] data, int batch, OverflowCounter counter)
    {
        var type = input.Type ?? throw new GraphException($"graph input '{input.Name}': type not assigned");
        var size = input.Shape.Size;
        if (data.Length != (long)batch * size)
        {
            throw new ArgumentException($"graph input '{input.Name}' needs {batch}x{size} values, got {data.Length}");
        }
        if (!type.FitsInt64) return WideRaw.Quantize(type, input.Shape, batch, data, counter);
        var raw = GC.AllocateUninitializedArray<long>(data.Length); // every code is written below
        long overflows = 0;
        // AP_TRN with F >= 0 and at most 53 bits (range bounds exact in double): x * 2^F is exact and its floor is
        // the code; a code strictly inside the range is stored as it is whatever the overflow mode. Anything else (NaN, out of range, other modes) takes FromDouble.
        var fast = type.Quant == QuantMode.Trn && type.FracBits is >= 0 and <= 60 && type.Width <= 53;
        double scale = fast ? Math.ScaleB(1.0, type.FracBits) : 0, min = type.MinRawInt64, max = type.MaxRawInt64;
        var i = 0;
        if (fast && Vector512.IsHardwareAccelerated)
        {
            // The same floor and range test on 8 values at a time; a block with any value outside (or NaN) goes value by value.
            Vector512<double> vScale = Vector512.Create(scale), vMin = Vector512.Create(min), vMax = Vector512.Create(max);
            for (; i <= raw.Length - Vector512<double>.Count; i += Vector512<double>.Count)
            {
                var v = Vector512.Floor(Vector512.LoadUnsafe(ref data[i]) * vScale);
                if (Vector512.GreaterThanAll(v, vMin) && Vector512.LessThanOrEqualAll(v, vMax))
                {
                    Vector512.ConvertToInt64(v).StoreUnsafe(ref raw[i]);
                    continue;
                }
                for (var k = i; k < i + Vector512<double>.Count; k++) raw[k] = QuantizeOne(data[k], type, fast, scale, min, max, ref overflows);
            }
        }
        for (; i < raw.Length; i++) raw[i] = QuantizeOne(data[i], type, fast, scale, min, max, ref overflows);
        counter.Add(raw.Length, overflows);
        return new FixedTensor(type, input.Shape, batch, raw);
    }

    /// <summary>One input value's code: the AP_TRN floor when <paramref name="fast"/> and strictly inside the range, else FromDouble.</summary>
    private static long QuantizeOne(double x, FixedType type, bool fast, double scale, double min, double max, ref long overflows)
    {
        if (fast)
        {
            var v = Math.Floor(x * scale);
            if (v > min && v <= max) return (long)v;
        }
        var raw = FixedMath.FromDouble(x, type, out var o);
        if (o) overflows++;
        return raw;
    }

    private static void Check(Node node, FixedTensor result, int batch)
    {
        if (result.Batch != batch || !result.Shape.Equals(node.Output.Shape) || (node.Output.Type is { } t && result.Type != t))
        {
            throw new InvalidOperationException(
                $"node '{node.Name}': kernel returned {result.Batch}x[{result.Shape}] {result.Type}, expected {batch}x[{node.Output.Shape}] {node.Output.Type}");
        }
    }

    /// <summary>Index of the last node reading each value; graph outputs are never released.</summary>
    private static Dictionary<Value, int> LastUses(Graph graph)
    {
        var last = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
        for (var n = 0; n < graph.Nodes.Count; n++)
        {
            foreach (var v in graph.Nodes[n].Inputs) last[v] = n;
        }
        foreach (var o in graph.Outputs) last[o] = int.MaxValue;
        return last;
    }

    /// <summary>
    /// Drops the values whose last reader was node <paramref name="n"/>; an array rented from <paramref name="buffers"/>
    /// goes back there unless a live value (a graph output included) still holds it.
    /// </summary>
    private static void Release(Dictionary<Value, FixedTensor> values, Node node, int n, Dictionary<Value, int> lastUse, RawBuffers? buffers)
    {
        foreach (var v in node.Inputs)
        {
            if (lastUse.TryGetValue(v, out var l) && l <= n && values.Remove(v, out var dead)) Recycle(dead, values, buffers);
        }
        if (!lastUse.ContainsKey(node.Output) && values.Remove(node.Output, out var unused)) Recycle(unused, values, buffers);
    }

    private static void Recycle(FixedTensor dead, Dictionary<Value, FixedTensor> values, RawBuffers? buffers)
    {
        if (buffers is null || dead.IsWide || !buffers.Owns(dead.Raw)) return;
        foreach (var live in values.Values)
        {
            if (!live.IsWide && ReferenceEquals(live.Raw, dead.Raw)) return;
        }
        buffers.Return(dead.Raw);
    }
}
