using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation;

/// <summary>
/// Runs an <see cref="Interpreter"/> on several threads by cutting the batch into consecutive slices, one per thread,
/// and joining the slices' results in order. Samples are independent in the emulator (no state crosses samples), so
/// the outputs, the traces and the summed overflow counts are identical to one single-threaded run; only the wall
/// time changes. Plans are cached per node in thread-safe caches, so the kernels are shared. Without a trace, a batch
/// larger than <see cref="MaxValuesPerChunk"/> allows runs in consecutive chunks, so memory does not grow with it.
/// </summary>
public sealed class ParallelInterpreter
{
    /// <summary>Smallest slice worth a thread of its own.</summary>
    public const int MinSamplesPerThread = 64;

    private readonly Interpreter _interpreter;

    /// <summary>Runs <paramref name="interpreter"/> on up to <paramref name="threads"/> threads (at least 1).</summary>
    public ParallelInterpreter(Interpreter interpreter, int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _interpreter = interpreter;
        Threads = threads;
    }

    /// <summary>The most threads one run uses.</summary>
    public int Threads { get; }

    /// <summary>
    /// Most layer values (samples x the sum of the layers' output sizes) one pass holds when no trace is asked for: 2^21,
    /// 16 MiB of codes. A larger batch is run in consecutive chunks of that size (each split over the threads) and
    /// joined in order, so the emulator's memory stops growing with the number of samples; the results are the same.
    /// </summary>
    public const long MaxValuesPerChunk = 1L << 21;

    /// <summary>Like <see cref="Interpreter.Run(Graph, IReadOnlyList{double[]}, int, bool, KernelTimes)"/>, split over the threads.</summary>
    public InterpreterResult Run(Graph graph, IReadOnlyList<double[]> inputs, int batch, bool trace = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var chunk = trace ? batch : ChunkSize(graph, batch);
        var slices = Math.Min(Threads, chunk / MinSamplesPerThread);
        if (slices <= 1 && chunk >= batch) return _interpreter.Run(graph, inputs, batch, trace);
        if (inputs.Count != graph.Inputs.Count)
            throw new ArgumentException($"graph '{graph.Name}' has {graph.Inputs.Count} input(s) but {inputs.Count} were given");

        for (var k = 0; k < inputs.Count; k++)
        {
            var size = graph.Inputs[k].Shape.Size;
            if (inputs[k].Length != (long)batch * size)
                throw new ArgumentException($"graph input '{graph.Inputs[k].Name}' needs {batch}x{size} values, got {inputs[k].Length}");
        }
        var parts = new List<InterpreterResult>();
        for (var first = 0; first < batch; first += chunk)
        {
            var count = Math.Min(chunk, batch - first);
            parts.AddRange(RunSlices(graph, inputs, first, count, Math.Max(1, Math.Min(Threads, count / MinSamplesPerThread)), trace));
        }
        return Join(parts.ToArray());
    }

    /// <summary>Samples per chunk: the whole batch when it fits <see cref="MaxValuesPerChunk"/>, else as many as fit (at least one slice per thread).</summary>
    private int ChunkSize(Graph graph, int batch)
    {
        var perSample = Math.Max(1L, graph.Nodes.Sum(n => (long)n.Output.Shape.Size) + graph.Inputs.Sum(i => (long)i.Shape.Size));
        var fit = Math.Max((long)Threads * MinSamplesPerThread, MaxValuesPerChunk / perSample);
        return (int)Math.Min(batch, fit);
    }

    /// <summary>Samples [<paramref name="first"/>, first + <paramref name="count"/>) cut into <paramref name="slices"/> consecutive slices, one task each.</summary>
    private InterpreterResult[] RunSlices(Graph graph, IReadOnlyList<double[]> inputs, int first, int count, int slices, bool trace)
    {
        var starts = new int[slices + 1];
        for (var s = 0; s <= slices; s++) starts[s] = first + (int)((long)count * s / slices);
        var results = new InterpreterResult[slices];
        try
        {
            Parallel.For(0, slices, new ParallelOptions { MaxDegreeOfParallelism = slices }, s =>
            {
                var length = starts[s + 1] - starts[s];
                var slice = new double[inputs.Count][];
                for (var k = 0; k < inputs.Count; k++)
                {
                    var size = graph.Inputs[k].Shape.Size;
                    slice[k] = inputs[k].AsSpan(starts[s] * size, length * size).ToArray();
                }
                results[s] = _interpreter.Run(graph, slice, length, trace);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The first slice's error, as a single-threaded run would have thrown it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
        return results;
    }

    private static InterpreterResult Join(InterpreterResult[] parts)
    {
        var outputs = Enumerable.Range(0, parts[0].Outputs.Count).Select(i => BatchConcat.Join(parts.Select(p => p.Outputs[i]).ToList())).ToList();
        var inputs = Enumerable.Range(0, parts[0].Inputs.Count).Select(i => BatchConcat.Join(parts.Select(p => p.Inputs[i]).ToList())).ToList();
        var overflow = new Dictionary<Node, OverflowCounter>(ReferenceEqualityComparer.Instance);
        foreach (var node in parts[0].Overflow.Keys)
        {
            var sum = new OverflowCounter();
            foreach (var p in parts) sum.Add(p.Overflow[node].Stores, p.Overflow[node].Overflows);
            overflow[node] = sum;
        }
        var inputOverflow = Enumerable.Range(0, parts[0].InputOverflow.Count).Select(i =>
        {
            var sum = new OverflowCounter();
            foreach (var p in parts) sum.Add(p.InputOverflow[i].Stores, p.InputOverflow[i].Overflows);
            return sum;
        }).ToList();
        Dictionary<Node, FixedTensor>? trace = null;
        if (parts[0].Trace is { } first)
        {
            trace = new Dictionary<Node, FixedTensor>(ReferenceEqualityComparer.Instance);
            foreach (var node in first.Keys) trace[node] = BatchConcat.Join(parts.Select(p => p.Trace![node]).ToList());
        }
        return new InterpreterResult(outputs, inputs, overflow, inputOverflow, trace);
    }
}
