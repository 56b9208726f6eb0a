using System.CommandLine;

namespace Hls4Net.Cli.Commands;

/// <summary>
/// <c>hls4net inspect</c>: the compiled graph as a table (layer, op, shapes, parameters, types, hardware), after a line naming
/// the active semantics and followed by the semantics-dependent rules that shaped each layer (<see cref="LayerRules"/>).
/// </summary>
public sealed class InspectCommand
{
    private readonly CommandRunner _runner;
    private readonly ModelOptions _model = new();
    private readonly Option<bool> _json = new("--json") { Description = "Print the layers as JSON" };

    public InspectCommand(CommandRunner runner) => _runner = runner;

    public Command Create()
    {
        var command = new Command("inspect", "Show the graph after the optimizer passes, with assigned precisions");
        _model.AddTo(command);
        command.Options.Add(_json);
        command.SetAction(parse => _runner.Execute(parse, log =>
        {
            var compiled = new ModelCompiler(log).Compile(_model.Request(parse));
            var semantics = compiled.Config.Semantics;
            var rows = new LayerTableBuilder().Build(compiled.Graph, semantics);
            if (parse.GetValue(_json))
            {
                _runner.Out.WriteLine(CliJson.Serialize(rows));
            }
            else
            {
                var estimate = EstimateSummary.Of(compiled);
                var byLayer = estimate.Layers.ToDictionary(l => l.Layer, StringComparer.Ordinal);
                string Fig(string layer, Func<Estimation.LayerEstimate, long> f) =>
                    byLayer.TryGetValue(layer, out var l) ? f(l).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
                _runner.Out.WriteLine($"semantics: {LayerRules.Name(semantics)}");
                _runner.Out.Write(new TextTable().Format(
                    ["layer", "op", "input", "output", "params", "result", "weight", "bias", "accum", "strategy", "rf", "dsp", "lut", "ff", "bram", "cycles", "ii"],
                    rows.Select(r => new[] { r.Layer, r.Op, r.Input, r.Output, r.Parameters.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Result, r.Weight ?? "", r.Bias ?? "", r.Accum ?? "", r.Strategy, r.ReuseFactor.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Fig(r.Layer, l => l.Resources.Dsp), Fig(r.Layer, l => l.Resources.Lut), Fig(r.Layer, l => l.Resources.Ff), Fig(r.Layer, l => l.Resources.Bram18K), Fig(r.Layer, l => l.LatencyCycles), Fig(r.Layer, l => l.Ii) })));
                WriteRules(rows, LayerRules.Name(semantics));
                _runner.Out.WriteLine($"{rows.Count} layers, {rows.Sum(r => r.Parameters)} parameters");
                _runner.Out.WriteLine(EstimateSummary.Line(estimate));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>One line per layer that a semantics-dependent rule shaped, or whose semantics differ from the top-level one.</summary>
    private void WriteRules(IReadOnlyList<LayerRow> rows, string topLevel)
    {
        var lines = rows
            .Select(r => (r.Layer, Notes: (r.Semantics == topLevel ? [] : new[] { $"{r.Semantics} semantics" }).Concat(r.Rules).ToList()))
            .Where(r => r.Notes.Count > 0)
            .ToList();
        if (lines.Count == 0) return;
        _runner.Out.WriteLine("rules:");
        foreach (var (layer, notes) in lines) _runner.Out.WriteLine($"  {layer}: {string.Join("; ", notes)}");
    }
}
