using Hls4Net.Backends.Cpp;
using Hls4Net.Backends.Cpp.Output;
using Hls4Net.Backends.Cpp.Templates;
using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Backends.Vitis.Project;
using Hls4Net.Core.Config;
using Hls4Net.Core.Handlers;
using Hls4Net.Core.Ir;
using Serilog;

namespace Hls4Net.Backends.Vitis;

/// <summary>
/// Writes a Vitis HLS project (hls4ml layout, see docs/design.md) for a graph whose precisions and hardware
/// choices are assigned. Output is deterministic (same inputs, same bytes) and atomic (a failure leaves nothing).
/// </summary>
public sealed class VitisBackend : IBackend
{
    /// <summary>The name a config's <c>Backend:</c> uses for this backend.</summary>
    public const string BackendName = "Vitis";

    private readonly OpHandlerSet<ILayerEmitter> _emitters;
    private readonly TemplateRenderer _renderer;
    private readonly ILogger _log;

    /// <param name="emitters">Layer emitters to use, usually the op packages' (<c>StandardOps.Create().Emitters()</c> in Hls4Net.Compiler).</param>
    /// <param name="locator">Templates folder and overlays; default: <see cref="TemplateLocator"/>'s search, no overlays.</param>
    /// <param name="logger">Progress messages; default: Serilog's global logger.</param>
    public VitisBackend(OpHandlerSet<ILayerEmitter> emitters, TemplateLocator? locator = null, ILogger? logger = null)
    {
        _emitters = emitters;
        _renderer = new TemplateRenderer((locator ?? new TemplateLocator()).Folders);
        _log = (logger ?? Log.Logger).ForContext<VitisBackend>();
    }

    /// <inheritdoc/>
    public string Name => BackendName;

    /// <summary>Test hook: passed to <see cref="ProjectWriter.AfterFileWritten"/>.</summary>
    internal Action<string>? AfterFileWritten { get; set; }

    /// <summary>
    /// Generate the project into <paramref name="outputDir"/>. A non-empty existing folder is refused unless
    /// <paramref name="force"/>, in which case it is replaced atomically. <paramref name="testInputs"/> (one
    /// flat row per sample: all inputs in port order) become tb_data/tb_input_features.dat;
    /// <paramref name="expectedOutputs"/> (e.g. emulator predictions) become tb_data/tb_output_predictions.dat.
    /// <paramref name="otherInputs"/> are further files the project is made from (e.g. the test input file): like the model
    /// and config files named by <paramref name="config"/>, an output folder containing one is never replaced. Model files
    /// are copied into the project (see <see cref="PortableModelFiles"/>), so that it still works when moved.
    /// </summary>
    /// <returns>The full path of the written project folder.</returns>
    /// <exception cref="VitisBackendException">The project cannot be written (the output folder's errors included).</exception>
    public string Write(Graph graph, ProjectConfig config, string outputDir, bool force,
        IReadOnlyList<double[]>? testInputs, IReadOnlyList<double[]>? expectedOutputs = null, IEnumerable<string?>? otherInputs = null)
    {
        try
        {
            return WriteProject(graph, config, outputDir, force, testInputs, expectedOutputs, otherInputs);
        }
        catch (BackendException e)
        {
            throw new VitisBackendException(e.Message, e);
        }
    }

    private string WriteProject(Graph graph, ProjectConfig config, string outputDir, bool force,
        IReadOnlyList<double[]>? testInputs, IReadOnlyList<double[]>? expectedOutputs, IEnumerable<string?>? otherInputs)
    {
        string?[] inputs = [config.SourcePath, config.OnnxModel, config.KerasJson, config.KerasH5, config.KerasModel, config.InputData, config.OutputPredictions, .. otherInputs ?? []];
        var realDir = ProjectWriter.CheckTarget(outputDir, force, inputs);
        var model = new ProjectModelBuilder(_emitters, _renderer).Build(graph, config);
        CheckIdentifiers(model);
        var writer = new ProjectWriter { AfterFileWritten = AfterFileWritten, Inputs = inputs };
        var name = model.ProjectName;
        writer.AddText("firmware/" + name + ".cpp", Render(model.IsStream ? "firmware/myproject_stream.cpp.hbs" : "firmware/myproject.cpp.hbs", model));
        writer.AddText("firmware/" + name + ".h", Render("firmware/myproject.h.hbs", model));
        writer.AddText("firmware/defines.h", Render("firmware/defines.h.hbs", model));
        writer.AddText("firmware/parameters.h", Render("firmware/parameters.h.hbs", model));
        writer.AddDirectory("firmware/weights");
        foreach (var w in model.Weights)
        {
            // Rendered straight into the files while the project is written (a million weights make tens of MB of text).
            writer.AddStreamedText("firmware/weights/" + w.FileName, output => _renderer.Render("firmware/weights.h.hbs", w, output));
            if (w.FromFile) writer.AddStreamedText("firmware/weights/" + w.TextFileName, output => WeightHeaderWriter.WriteTextFile(w, output));
        }
        AddTemplateFolder(writer, "firmware/nnet_utils", "nnet_utils");
        AddTemplateFolder(writer, "firmware/ap_types", "ap_types");
        writer.AddText(name + "_test.cpp", Render("myproject_test.cpp.hbs", model));
        writer.AddText("build_prj.tcl", Render("build_prj.tcl.hbs", model));
        writer.AddText("project.tcl", Render("project.tcl.hbs", model));
        writer.AddText("vivado_synth.tcl", Render("vivado_synth.tcl.hbs", model));
        writer.AddText("README.md", Render("README.md.hbs", model));
        var portable = new PortableModelFiles(config, realDir);
        foreach (var (rel, source) in portable.Copies) writer.AddCopy(rel, source);
        writer.AddText("hls4ml_config.yml", new EffectiveConfigWriter().Write(config, graph, portable.Map));
        writer.AddDirectory("tb_data");
        if (testInputs is not null)
        {
            writer.AddText("tb_data/tb_input_features.dat", TestbenchData.Format(testInputs, model.InputValueCount, "test input"));
        }
        if (expectedOutputs is not null)
        {
            writer.AddText("tb_data/tb_output_predictions.dat", TestbenchData.Format(expectedOutputs, model.OutputValueCount, "expected output"));
        }
        _log.Information("Writing Vitis HLS project {Project} ({Layers} layers) to {Dir}", name, model.Layers.Count, outputDir);
        writer.Commit(outputDir, force);
        return Path.GetFullPath(outputDir);
    }

    private string Render(string template, object model) => _renderer.Render(template, model);

    /// <summary>Copy a folder of the templates (overlay files replacing the backend's own) into the project.</summary>
    private void AddTemplateFolder(ProjectWriter writer, string relativeDir, string templateDir)
    {
        writer.AddDirectory(relativeDir);
        foreach (var (rel, source) in _renderer.Folders.FilesUnder(templateDir)) writer.AddCopy(relativeDir + "/" + rel, source);
    }

    /// <summary>Every global C++ name (ports, layer arrays, typedefs, weights, macros) must be distinct.</summary>
    private static void CheckIdentifiers(ProjectModel model)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal) { [model.ProjectName] = "the top function" };
        void Claim(string id, string what)
        {
            if (!seen.TryAdd(id, what)) throw new VitisBackendException($"generated C++ name '{id}' of {what} clashes with {seen[id]}");
        }
        foreach (var p in model.Inputs) Claim(p.Var, $"input port {p.Number}");
        foreach (var p in model.Outputs.Where(p => model.Layers.All(l => l.Var != p.Var))) Claim(p.Var, $"output port {p.Number}");
        foreach (var l in model.Layers) Claim(l.Var, $"layer {l.Index}");
        foreach (var t in model.Typedefs) Claim(t.Name, "a typedef");
        foreach (var w in model.Weights) Claim(w.Name, "a weight array");
        foreach (var m in model.SizeMacros) Claim(m.Name, "a size macro");
        foreach (var f in model.Fifos.Where(f => model.Layers.All(l => l.Var != f.Var))) Claim(f.Var, "an io_stream FIFO");
    }
}
