namespace Hls4Net.Synthesis;

/// <summary>What <c>hls4net report</c> shows: the figures Vitis HLS and Vivado reported for a project, Hls4Net's estimate beside them, and the last build record.</summary>
public sealed record SynthesisReport
{
    /// <summary>The project folder (full path).</summary>
    public string Project { get; init; } = "";

    /// <summary>The project (top function) name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The last <c>hls4net build</c>'s record, when there is one.</summary>
    public BuildRecord? Build { get; init; }

    /// <summary>C synthesis figures (csynth.xml), when the report exists.</summary>
    public CsynthFigures? Csynth { get; init; }

    /// <summary>Co-simulation figures, when the report exists.</summary>
    public CosimFigures? Cosim { get; init; }

    /// <summary>Vivado synthesis figures, when the report exists.</summary>
    public VivadoFigures? Vivado { get; init; }

    /// <summary>Hls4Net's estimate, or null when the model could not be recompiled (<see cref="EstimateError"/> says why).</summary>
    public EstimateFigures? Estimate { get; init; }

    /// <summary>Why there is no estimate, or null.</summary>
    public string? EstimateError { get; init; }

    /// <summary>Each figure: the estimate beside the reports, with the error.</summary>
    public IReadOnlyList<FigureComparison> Figures { get; init; } = [];
}
