namespace Hls4Net.Backends.Vitis.Project;

/// <summary>Everything the top-level templates need, computed once from the graph, the config and the emitters.</summary>
public sealed class ProjectModel
{
    public required string ProjectName { get; init; }

    /// <summary>Upper-case form for include guards.</summary>
    public required string ProjectGuard { get; init; }

    public required string Part { get; init; }

    /// <summary>Clock period in ns as Tcl text.</summary>
    public required string ClockPeriod { get; init; }

    /// <summary>Clock uncertainty for set_clock_uncertainty (e.g. "27%"), or "" for the tool's default.</summary>
    public required string ClockUncertainty { get; init; }

    public required string IoType { get; init; }

    public required string GraphName { get; init; }

    public required IReadOnlyList<PortModel> Inputs { get; init; }

    public required IReadOnlyList<PortModel> Outputs { get; init; }

    public required IReadOnlyList<LayerModel> Layers { get; init; }

    public required IReadOnlyList<OutputCopyModel> OutputCopies { get; init; }

    public required IReadOnlyList<NamedValueModel> SizeMacros { get; init; }

    public required IReadOnlyList<NamedValueModel> Typedefs { get; init; }

    /// <summary>nnet_utils headers, sorted, without the folder.</summary>
    public required IReadOnlyList<string> Includes { get; init; }

    public required IReadOnlyList<WeightHeaderModel> Weights { get; init; }

    /// <summary>The weight arrays C simulation loads from text files (<see cref="WeightHeaderModel.FromFile"/>), in order.</summary>
    public IReadOnlyList<WeightHeaderModel> LoadedWeights => Weights.Where(w => w.FromFile).ToList();

    /// <summary>True when some weight array is loaded from a text file in C simulation.</summary>
    public bool AnyLoadedWeights => Weights.Any(w => w.FromFile);

    /// <summary>Rendered layer config structs, in layer order.</summary>
    public required IReadOnlyList<string> Configs { get; init; }

    /// <summary>io_stream: ports and layers communicate through hls::stream FIFOs (docs/io-stream.md).</summary>
    public bool IsStream { get; init; }

    /// <summary>io_stream: the local FIFOs of the top function (layer outputs and clone copies), in order.</summary>
    public IReadOnlyList<FifoModel> Fifos { get; init; } = [];

    /// <summary>io_stream: clone statements for graph inputs read more than once (placed before the layers).</summary>
    public IReadOnlyList<string> InputClones { get; init; } = [];

    /// <summary>The top function's parameters: inputs then outputs.</summary>
    public IReadOnlyList<PortParameterModel> Parameters
    {
        get
        {
            var all = Inputs.Concat(Outputs).ToList();
            return all.Select((p, i) => new PortParameterModel(p.TypeName, p.Var, p.SizeMacro, i < all.Count - 1 ? "," : "", p.Description)).ToList();
        }
    }

    /// <summary>All port variables, comma separated (for the INTERFACE pragma).</summary>
    public string PortList => string.Join(",", Inputs.Select(p => p.Var).Concat(Outputs.Select(p => p.Var)));

    /// <summary>Total number of input values per sample.</summary>
    public int InputValueCount => Inputs.Sum(p => p.Size);

    /// <summary>Total number of output values per sample.</summary>
    public int OutputValueCount => Outputs.Sum(p => p.Size);

    /// <summary>True when some output is printed exactly (<see cref="PortModel.Exact"/>).</summary>
    public bool AnyExactOutput => Outputs.Any(p => p.Exact);
}
