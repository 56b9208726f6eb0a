using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Emulation;
using Hls4Net.Ops;

namespace Hls4Net;

/// <summary>Runs the bit-accurate emulator on a sample set, checking the sample width against the graph's input.</summary>
public sealed class EmulationRunner
{
    /// <summary>Largest number of values (batch x layer size) one layer's output may hold in the emulator: 2^27, 1 GiB of raw codes.</summary>
    public const long MaxValuesPerLayer = 1L << 27;

    private readonly ParallelInterpreter _interpreter;

    /// <summary>An emulator that splits each batch over <paramref name="threads"/> threads (default: every core).</summary>
    public EmulationRunner(int? threads = null)
    {
        if (threads is < 1) throw new UsageException($"the number of threads must be at least 1, got {threads}");
        _interpreter = new ParallelInterpreter(new Interpreter(StandardOps.Create().Kernels()), threads ?? Environment.ProcessorCount);
    }

    /// <summary>The most threads one run uses (outputs and overflow counts do not depend on it).</summary>
    public int Threads => _interpreter.Threads;

    public InterpreterResult Run(Graph graph, SampleSet samples, bool trace = false)
    {
        if (graph.Inputs.Count != 1) throw new InputDataException($"the model has {graph.Inputs.Count} inputs; sample files feed single-input models only");
        var input = graph.Inputs[0];
        samples.ExpectWidth(input.Shape.Size, $"model input '{input.Name}' (shape {input.Shape})");
        // Every layer's output is held for the whole batch: check the largest before allocating it.
        var largest = graph.Nodes.MaxBy(n => n.Output.Shape.Size);
        if (largest is not null && (long)largest.Output.Shape.Size * samples.Count > MaxValuesPerLayer)
        {
            throw new InputDataException(
                $"emulating {samples.Count} samples needs {(long)largest.Output.Shape.Size * samples.Count} values for layer '{largest.Name}' " +
                $"(shape {largest.Output.Shape}), more than the {MaxValuesPerLayer} the emulator holds per layer; use fewer samples");
        }
        return _interpreter.Run(graph, [samples.Flatten()], samples.Count, trace);
    }

    /// <summary>One row per sample: the values of every graph output, concatenated in output order.</summary>
    public static IReadOnlyList<double[]> Rows(InterpreterResult result)
    {
        var outputs = result.Outputs;
        var batch = outputs[0].Batch;
        var rows = new double[batch][];
        if (outputs.Count == 1)
        {
            for (var b = 0; b < batch; b++) rows[b] = outputs[0].SampleToDoubles(b);
            return rows;
        }
        var width = outputs.Sum(o => o.SampleSize);
        for (var b = 0; b < batch; b++)
        {
            var row = rows[b] = new double[width];
            var at = 0;
            foreach (var o in outputs)
            {
                o.SampleToDoubles(b).CopyTo(row, at);
                at += o.SampleSize;
            }
        }
        return rows;
    }
}
