using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Emulation;

namespace Hls4Net.Cli;

/// <summary>Runs the bit-accurate emulator on a sample set, checking the sample width against the graph's input.</summary>
public sealed class EmulationRunner
{
    private readonly Interpreter _interpreter = new(DefaultKernels.Create());

    public InterpreterResult Run(Graph graph, SampleSet samples, bool trace = false)
    {
        if (graph.Inputs.Count != 1) throw new InputDataException($"the model has {graph.Inputs.Count} inputs; sample files feed single-input models only");
        var input = graph.Inputs[0];
        samples.ExpectWidth(input.Shape.Size, $"model input '{input.Name}' (shape {input.Shape})");
        return _interpreter.Run(graph, samples.Flatten(), samples.Count, trace);
    }

    /// <summary>One row per sample: the values of every graph output, concatenated in output order.</summary>
    public static IReadOnlyList<double[]> Rows(InterpreterResult result)
    {
        var batch = result.Outputs[0].Batch;
        var rows = new double[batch][];
        for (var b = 0; b < batch; b++) rows[b] = result.Outputs.SelectMany(o => o.SampleToDoubles(b)).ToArray();
        return rows;
    }
}
