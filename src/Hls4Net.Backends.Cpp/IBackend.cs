using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;

namespace Hls4Net.Backends.Cpp;

/// <summary>
/// A code generator that turns a configured graph (precisions and hardware choices assigned) into a project folder.
/// Chosen by the config's <c>Backend:</c> through a <see cref="BackendSet"/>.
/// </summary>
public interface IBackend
{
    /// <summary>The backend's own name (e.g. "Vitis").</summary>
    string Name { get; }

    /// <summary>
    /// Generate the project into <paramref name="outputDir"/>, atomically. A non-empty existing folder is refused unless
    /// <paramref name="force"/>. <paramref name="testInputs"/> and <paramref name="expectedOutputs"/> (one flat row per
    /// sample) become the testbench's data; <paramref name="otherInputs"/> are further files the project is made from,
    /// which an output folder being replaced must not contain.
    /// </summary>
    /// <returns>The full path of the written project folder.</returns>
    string Write(Graph graph, ProjectConfig config, string outputDir, bool force,
        IReadOnlyList<double[]>? testInputs, IReadOnlyList<double[]>? expectedOutputs = null, IEnumerable<string?>? otherInputs = null);
}
