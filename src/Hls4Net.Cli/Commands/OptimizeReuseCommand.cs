using System.CommandLine;
using Hls4Net.Cli.Optimize;
using Hls4Net.Sweeps;
using Hls4Net.Tuning;

namespace Hls4Net.Cli.Commands;

/// <summary>
/// <c>hls4net optimize reuse</c>: per Dense and convolution layer, a strategy and a valid reuse factor for the lowest
/// estimated latency within <c>--budget</c> (or the fewest resources within <c>--max-latency</c> with
/// <c>--minimize resources</c>); writes the tuned hls4ml-style YAML (docs/optimizer.md). Exit
/// <see cref="ExitCodes.OverBudget"/> when no choice meets the budget.
/// </summary>
public sealed class OptimizeReuseCommand
{
    private const string Description =
        "Choose per Dense/Conv layer a strategy (Latency or Resource) and a reuse factor the C++ accepts, for the lowest estimated latency " +
        "within --budget, or with --minimize resources the fewest resources within --max-latency; write the tuned config as hls4ml-style YAML " +
        "that 'convert -c' reads unchanged (docs/optimizer.md).\n" +
        "Exit codes: 0 within budget; 7 no choice meets the budget (the report says what is closest and which layer dominates); 1 error; 2 usage; 6 missing dependency.";

    private readonly CommandRunner _runner;
    private readonly ModelOptions _model = new();
    private readonly Option<string[]> _budget = new("--budget") { Description = "A limit RESOURCE<=LIMIT: dsp<=30%, lut<=50000, ff<=..., bram<=..., latency<=200ns (repeatable); a percentage is of the part", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string?> _maxLatency = new("--max-latency") { Description = "Latency budget in ns (200, 200ns) or cycles (40cycles)" };
    private readonly Option<string> _minimize = new("--minimize") { Description = "latency (default): the lowest latency within the resource budget; resources: the fewest resources (sum of the part's shares) within the latency budget", DefaultValueFactory = _ => "latency" };
    private readonly Option<int?> _jobs = new("--jobs") { Description = "Designs estimated at once (default: the number of cores)" };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the tuned YAML to this file (default: print it after the report)" };
    private readonly Option<bool> _json = new("--json") { Description = "Print the report (with the YAML) as one JSON object" };

    public OptimizeReuseCommand(CommandRunner runner) => _runner = runner;

    public Command Create()
    {
        _minimize.AcceptOnlyFromAmong("latency", "resources");
        var command = new Command("reuse", Description);
        _model.AddTo(command);
        foreach (var o in new Option[] { _budget, _maxLatency, _minimize, _jobs, _output, _json }) command.Options.Add(o);
        command.SetAction(parse => _runner.Execute(parse, log =>
        {
            var budget = ReuseBudgetParser.Parse(parse.GetValue(_budget) ?? [], parse.GetValue(_maxLatency));
            if (parse.GetValue(_jobs) is <= 0) throw new UsageException($"--jobs must be positive, got {parse.GetValue(_jobs)}");
            var baseDesign = new ModelCompiler(log).Compile(_model.Request(parse));
            var model = HlsModel.Load(baseDesign.ModelPath, new LoadOptions { WeightsPath = baseDesign.Config.KerasJson is not null ? baseDesign.Config.KerasH5 : null });
            var settings = new ReuseTuningSettings
            {
                Budget = budget,
                Objective = parse.GetValue(_minimize) == "resources" ? ReuseObjective.Resources : ReuseObjective.Latency,
                Parallelism = parse.GetValue(_jobs) ?? Environment.ProcessorCount,
            };
            var report = new ReuseTuner(log).Run(model, baseDesign.Config, settings);
            var output = parse.GetValue(_output);
            if (output is not null)
            {
                AtomicFile.WriteAllText(output, report.Yaml);
                log.Information("Tuned config written to {Path}", Path.GetFullPath(output));
            }
            if (parse.GetValue(_json)) _runner.Out.WriteLine(CliJson.Serialize(report));
            else _runner.Out.Write(new ReuseReportPrinter().Format(report, output));
            return report.Fits ? ExitCodes.Ok : ExitCodes.OverBudget;
        }));
        return command;
    }
}
