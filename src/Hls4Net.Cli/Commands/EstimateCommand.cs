using System.CommandLine;
using Hls4Net.Core.Config;
using Hls4Net.Estimation;
using Hls4Net.Estimation.Budgets;
using Hls4Net.Ops;

namespace Hls4Net.Cli.Commands;

/// <summary>
/// <c>hls4net estimate</c>: resources and latency of the design before synthesis (docs/estimator.md), per layer with
/// the reason behind each figure, totals, utilization of the part and a verdict. With <c>--max-*</c> budgets it is a
/// CI gate: exit <see cref="ExitCodes.OverBudget"/> when the design does not fit.
/// </summary>
public sealed class EstimateCommand
{
    private readonly CommandRunner _runner;
    private readonly ModelOptions _model = new();
    private readonly Option<bool> _json = new("--json") { Description = "Print the estimate as JSON" };
    private readonly Option<string?> _maxDsp = new("--max-dsp") { Description = "DSP budget: a count (1200) or a percentage of the part (80%)" };
    private readonly Option<string?> _maxLut = new("--max-lut") { Description = "LUT budget: a count or a percentage of the part" };
    private readonly Option<string?> _maxFf = new("--max-ff") { Description = "Flip-flop budget: a count or a percentage of the part" };
    private readonly Option<string?> _maxBram = new("--max-bram") { Description = "BRAM_18K budget: a count or a percentage of the part" };
    private readonly Option<string?> _maxLatency = new("--max-latency") { Description = "Latency budget in ns (250, 250ns) or cycles (40cycles)" };

    public EstimateCommand(CommandRunner runner) => _runner = runner;

    public Command Create()
    {
        var command = new Command("estimate", "Estimate resources (DSP, LUT, FF, BRAM, URAM) and latency per layer before synthesis");
        _model.AddTo(command);
        foreach (var o in new Option[] { _json, _maxDsp, _maxLut, _maxFf, _maxBram, _maxLatency }) command.Options.Add(o);
        command.SetAction(parse => _runner.Execute(parse, log =>
        {
            var budget = Budget(parse);
            var compiled = new ModelCompiler(log).Compile(_model.Request(parse));
            var catalog = new FpgaPartCatalog();
            var estimate = new ResourceEstimator(StandardOps.Create().CostRules()).Estimate(compiled.Graph, compiled.Config, catalog);
            var verdict = budget.Check(estimate);
            var printer = new EstimatePrinter(_runner.Out);
            if (parse.GetValue(_json)) printer.PrintJson(compiled.ModelPath, compiled.Config, estimate, verdict);
            else printer.PrintText(compiled.Config, estimate, verdict);
            return verdict.Fits ? ExitCodes.Ok : ExitCodes.OverBudget;
        }));
        return command;
    }

    private EstimateBudget Budget(ParseResult parse)
    {
        try
        {
            return new EstimateBudget(
                Limit(parse, _maxDsp), Limit(parse, _maxLut), Limit(parse, _maxFf), Limit(parse, _maxBram),
                parse.GetValue(_maxLatency) is { } l ? LatencyLimit.Parse(l, "--max-latency") : null);
        }
        catch (EstimationException e)
        {
            throw new UsageException($"{e.Message} (see 'hls4net estimate --help')");
        }
    }

    private static ResourceLimit? Limit(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { } text ? ResourceLimit.Parse(text, option.Name) : null;
}
