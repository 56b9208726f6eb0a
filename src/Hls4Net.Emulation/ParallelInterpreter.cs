using Hls4Net.Core.Ir;

namespace Hls4Net.Emulation;

/// <summary>
/// Runs an <see cref="Interpreter"/> on several threads by cutting the batch into consecutive slices, one per thread,
/// and joining the slices' results in order. Samples are independent in the emulator (no state crosses samples), so
/// the outputs, the traces and the summed overflow counts are identical to one single-threaded run; only the wall
/// time changes. Plans are cached per node in thread-safe caches, so the kernels are shared.
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

    /// <summary>Like <see cref="Interpreter.Run(Graph, IReadOnlyList{double[]}, int, bool, KernelTimes)"/>, split over the threads.</summary>
    public InterpreterResult Run(Graph graph, IReadOnlyList<double[]> inputs, int batch, bool trace = false)
    {
        var slices = Math.Min(Threads, batch / MinSamplesPerThread);
        if (slices <= 1) return _interpreter.Run(graph, inputs, batch, trace);
        ArgumentNullException.ThrowIfNull(graph);
        if (inputs.Count != graph.Inputs.Count)
            throw new ArgumentException($"graph '{graph.Name}' has {graph.Inputs.Count} input(s) but {inputs.Count} were given");

        for (var k = 0; k < inputs.Count; k++)
        {
            var size = graph.Inputs[k].Shape.Size;
            if (inputs[k].Length != (long)batch * size)
                throw new ArgumentException($"graph input '{graph.Inputs[k].Name}' needs {batch}x{size} values, got {inputs[k].Length}");
        }
        var starts = new int[slices + 1];
        for (var s = 0; s <= slices; s++) starts[s] = (int)((long)batch * s / slices);
        var results = new InterpreterResult[slices];
        try
        {
            Parallel.For(0, slices, new ParallelOptions { MaxDegreeOfParallelism = slices }, s =>
        {
            var count = starts[s + 1] - starts[s];
            var slice = new double[inputs.Count][];
            for (var k = 0; k < inputs.Count; k++)
            {
                var size = graph.Inputs[k].Shape.Size;
                slice[k] = inputs[k].AsSpan(starts[s] * size, count * size).ToArray();
            }
            results[s] = _interpreter.Run(graph, slice, count, trace);
        });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The first slice's error, as a single-threaded run would have thrown it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
        return Join(results);
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
