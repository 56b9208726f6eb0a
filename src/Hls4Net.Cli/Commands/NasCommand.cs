using System.CommandLine;
using System.Diagnostics;
using Hls4Net.Cli.Nas;
using Hls4Net.Cli.Sweep;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Estimation;
using Hls4Net.Estimation.Budgets;
using Hls4Net.Nas;
using Hls4Net.Nas.Output;
using Hls4Net.Nas.Search;
using Hls4Net.Nas.Space;

namespace Hls4Net.Cli.Commands;

/// <summary>
/// <c>hls4net nas</c>: hardware-aware architecture search without training (docs/nas.md). Enumerates or samples the
/// space, drops the architectures whose estimate misses a budget at every precision and reuse choice, ranks the rest
/// with zero-shot proxies and writes results.csv, results.json, pareto.svg and the top-k ONNX models with their
/// hls4ml configurations. Exit <see cref="ExitCodes.OverBudget"/> when no candidate fits.
/// </summary>
public sealed class NasCommand
{
    private readonly CommandRunner _runner;
    private readonly Option<string> _space = new("--space") { Description = "The search space (YAML, docs/nas.md)", Required = true };
    private readonly Option<string> _fpga = new("--fpga", "--part") { Description = "FPGA part or alias (default xcvu9p)", DefaultValueFactory = _ => "xcvu9p" };
    private readonly Option<double> _clock = new("--clock-period") { Description = "Clock period in ns (default 5, i.e. 200 MHz)", DefaultValueFactory = _ => 5.0 };
    private readonly Option<string?> _maxLatency = new("--max-latency") { Description = "Latency budget in ns (100, 100ns) or cycles (20cycles)" };
    private readonly Option<string?> _maxDsp = new("--max-dsp") { Description = "DSP budget: a count (1200) or a percentage of the part (20%)" };
    private readonly Option<string?> _maxLut = new("--max-lut") { Description = "LUT budget: a count or a percentage of the part" };
    private readonly Option<string?> _maxFf = new("--max-ff") { Description = "Flip-flop budget: a count or a percentage of the part" };
    private readonly Option<string?> _maxBram = new("--max-bram") { Description = "BRAM_18K budget: a count or a percentage of the part" };
    private readonly Option<string?> _data = new("--data") { Description = "Samples (.csv/.dat/.npy, rows of the model input, channels first) whose first --batch rows the proxies see (default: seeded N(0,1) rows)" };
    private readonly Option<string> _proxy = new("--proxy") { Description = "Proxies, comma-separated: naswot, synflow, params, bops or all (default all; with several the rank is their mean rank)", DefaultValueFactory = _ => "all" };
    private readonly Option<int> _top = new("--top") { Description = "Candidates exported as ONNX + hls4ml YAML (default 10)", DefaultValueFactory = _ => 10 };
    private readonly Option<int> _seed = new("--seed") { Description = "Seed of the sample of a large space, of the weights and of the N(0,1) batch (default 0)" };
    private readonly Option<string> _init = new("--init") { Description = "Weight initialization: torch (PyTorch default, Kaiming uniform) or keras (Glorot uniform) (default torch)", DefaultValueFactory = _ => "torch" };
    private readonly Option<long> _maxCandidates = new("--max-candidates") { Description = "Architectures considered at most; a larger space is sampled with --seed (default 10000)", DefaultValueFactory = _ => 10_000 };
    private readonly Option<int> _batch = new("--batch") { Description = "Rows in the proxies' batch (default 64)", DefaultValueFactory = _ => 64 };
    private readonly Option<int?> _jobs = new("--jobs") { Description = "Architectures evaluated at once (default: the number of cores)" };
    private readonly Option<string> _output = new("--output", "-o") { Description = "Output folder (new, empty, or a previous search with --force)", Required = true };
    private readonly Option<bool> _force = new("--force") { Description = "Replace a previous search in the output folder" };
    private readonly Option<bool> _json = new("--json") { Description = "Print the results (results.json) on stdout" };

    public NasCommand(CommandRunner runner) => _runner = runner;

    public Command Create()
    {
        _init.AcceptOnlyFromAmong("torch", "keras");
        var command = new Command("nas",
            "Hardware-aware architecture search without training: estimate every candidate of a space at every precision and reuse choice, drop those over budget, " +
            "rank the rest with zero-shot proxies (NASWOT, synflow, params, BOPs); write results.csv, results.json, pareto.svg and the top-k ONNX models with their hls4ml YAML (docs/nas.md)." +
            "\nExit codes: 0 ok; 1 error (bad space or data file); 2 usage; 6 missing dependency; 7 no candidate meets the budgets (the results are still written).");
        foreach (var o in new Option[] { _space, _fpga, _clock, _maxLatency, _maxDsp, _maxLut, _maxFf, _maxBram, _data, _proxy, _top, _seed, _init, _maxCandidates, _batch, _jobs, _output, _force, _json })
        {
            command.Options.Add(o);
        }
        command.SetAction(parse => _runner.Execute(parse, log => Run(parse, log)));
        return command;
    }

    private int Run(ParseResult parse, Serilog.ILogger log)
    {
        var clock = Stopwatch.StartNew();
        var top = parse.GetValue(_top);
        if (top < 0) throw new UsageException($"--top must be at least 0, got {top}");
        var jobs = parse.GetValue(_jobs) ?? Environment.ProcessorCount;
        if (jobs < 1) throw new UsageException($"--jobs must be at least 1, got {jobs}");
        if (parse.GetValue(_maxCandidates) < 1) throw new UsageException($"--max-candidates must be at least 1, got {parse.GetValue(_maxCandidates)}");
        if (parse.GetValue(_batch) < 1) throw new UsageException($"--batch must be at least 1, got {parse.GetValue(_batch)}");
        var period = parse.GetValue(_clock);
        if (!double.IsFinite(period) || period <= 0) throw new UsageException($"--clock-period must be a positive number of ns, got {period}");
        var proxies = new NasProxies(parse.GetValue(_proxy)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var budget = Budget(parse);
        var dir = parse.GetValue(_output)!;
        NasFolder.Prepare(dir, parse.GetValue(_force));
        var part = new FpgaPartCatalog().Resolve(parse.GetValue(_fpga)!, "--fpga", log);
        var space = new NasSpaceReader().ReadFile(parse.GetValue(_space)!);
        var data = parse.GetValue(_data) is { } path ? new SampleSetReader().Read(path) : null;
        var settings = new NasSettings
        {
            Target = new NasTarget(part, period, space.IoType, budget),
            Limit = parse.GetValue(_maxCandidates),
            Seed = parse.GetValue(_seed),
            Init = parse.GetValue(_init) == "keras" ? InitScheme.GlorotUniform : InitScheme.TorchDefault,
            Proxies = proxies.Names,
            Data = data,
            BatchSize = parse.GetValue(_batch),
            Parallelism = jobs,
        };
        var report = new NasSearch(log).Run(space, settings, new SweepProgressLog(log, "evaluated"));
        report = NasFolder.Write(dir, space, settings, report, top);
        clock.Stop();
        if (parse.GetValue(_json)) _runner.Out.WriteLine(CliJson.Serialize(report));
        else _runner.Out.Write(new NasPrinter().Format(report, dir, clock.Elapsed.TotalSeconds));
        return report.Feasible > 0 ? ExitCodes.Ok : ExitCodes.OverBudget;
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
            throw new UsageException($"{e.Message} (see 'hls4net nas --help')");
        }
    }

    private static ResourceLimit? Limit(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { } text ? ResourceLimit.Parse(text, option.Name) : null;
}
