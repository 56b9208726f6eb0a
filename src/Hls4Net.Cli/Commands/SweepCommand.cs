using System.CommandLine;
using System.Diagnostics;
using Hls4Net.Cli.Sweep;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Optimization;
using Hls4Net.Sweeps;

namespace Hls4Net.Cli.Commands;

/// <summary>
/// <c>hls4net sweep</c>: evaluates a grid of precisions × reuse factors × strategies (accuracy against float by the
/// emulator, resources and latency by the estimator), writes results.csv, results.json and pareto.svg; with
/// <c>--synth --emit slurm|htcondor|local</c> also one project per point and the cluster job files (docs/sweep.md).
/// <c>hls4net sweep collect DIR</c> merges the points' build records.
/// </summary>
public sealed class SweepCommand
{
    private readonly CommandRunner _runner;
    private readonly Argument<string?> _model = new("model") { Description = "Model file (.onnx, Keras .json with --weights, .h5, .keras); optional when --config names it", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<string?> _weights = new("--weights") { Description = "Keras weights .h5 for a .json model" };
    private readonly Option<string?> _config = new("--config", "-c") { Description = "hls4ml-style YAML configuration every point starts from" };
    private readonly Option<string?> _semantics = new("--semantics") { Description = "hls4ml or exact" };
    private readonly Option<string?> _ioType = new("--io-type") { Description = "io_parallel or io_stream" };
    private readonly Option<string?> _fpga = new("--fpga", "--part") { Description = "FPGA part or alias" };
    private readonly Option<double?> _clock = new("--clock-period") { Description = "Clock period in ns" };
    private readonly Option<string> _precision = new("--precision") { Description = "Model precisions: types and ranges separated by ';', e.g. \"ap_fixed<8..18:2,6>\" or \"ap_fixed<16,6>;ap_fixed<8..12,3..4>\"", Required = true };
    private readonly Option<string> _reuse = new("--reuse-factor") { Description = "Model reuse factors, comma-separated (default 1)", DefaultValueFactory = _ => "1" };
    private readonly Option<string> _strategy = new("--strategy") { Description = "Strategies, comma-separated: Latency,Resource (default Latency)", DefaultValueFactory = _ => "Latency" };
    private readonly Option<string?> _calibration = new("--calibration") { Description = "Samples (.csv/.dat/.npy) every point is judged on (default: --samples random N(0,1) samples, seed --seed)" };
    private readonly Option<int> _samples = new("--samples") { Description = "Random samples when no --calibration (default 1000)", DefaultValueFactory = _ => 1000 };
    private readonly Option<int> _seed = new("--seed") { Description = "Seed of the random samples (default 0)" };
    private readonly Option<string?> _metric = new("--metric") { Description = "argmax, max-abs or rel-rmse against float (default: argmax for a classifier, else rel-rmse)" };
    private readonly Option<bool> _csim = new("--csim") { Description = "Also C-simulate every point with g++ (first 100 samples) and record bit-exactness" };
    private readonly ThreadsOption _threads = new();
    private readonly Option<int?> _jobs = new("--jobs") { Description = "Points evaluated (and local jobs run) at once (default: the number of cores)" };
    private readonly Option<string> _output = new("--output", "-o") { Description = "Sweep folder (new, empty, or a previous sweep with --force)", Required = true };
    private readonly Option<bool> _force = new("--force") { Description = "Replace the results of a previous sweep in the folder" };
    private readonly Option<bool> _synth = new("--synth") { Description = "Write one project per point and the job files that build each with 'hls4net build <point> --synth --vsynth --json'" };
    private readonly Option<string> _emit = new("--emit") { Description = "With --synth: slurm (job array, default), htcondor (submit file) or local (run the jobs here)", DefaultValueFactory = _ => "slurm" };
    private readonly Option<string> _hls4net = new("--hls4net") { Description = "The hls4net command the jobs run, e.g. \"dotnet /opt/hls4net/hls4net.dll\" (default hls4net)", DefaultValueFactory = _ => "hls4net" };
    private readonly Option<bool> _json = new("--json") { Description = "Print the results (results.json) on stdout" };

    public SweepCommand(CommandRunner runner) => _runner = runner;

    public Command Create()
    {
        _metric.AcceptOnlyFromAmong("argmax", "max-abs", "rel-rmse");
        _emit.AcceptOnlyFromAmong("slurm", "htcondor", "local");
        var command = new Command("sweep",
            "Evaluate a grid of precisions x reuse factors x strategies: accuracy against float (emulator), resources and latency (estimator); " +
            "write results.csv, results.json and pareto.svg (docs/sweep.md). --synth --emit slurm|htcondor|local writes one project per point and the job files; " +
            "'sweep collect DIR' merges the builds' records.\nExit codes: 0 ok; 1 error; 2 usage; 6 missing dependency.");
        command.Arguments.Add(_model);
        foreach (var o in new Option[] { _weights, _config, _semantics, _ioType, _fpga, _clock, _precision, _reuse, _strategy, _calibration, _samples, _seed, _metric, _csim, _jobs, _output, _force, _synth, _emit, _hls4net, _json })
        {
            command.Options.Add(o);
        }
        _threads.AddTo(command);
        command.SetAction(parse => _runner.Execute(parse, log => Run(parse, log)));
        command.Subcommands.Add(Collect());
        return command;
    }

    private int Run(ParseResult parse, Serilog.ILogger log)
    {
        var clock = Stopwatch.StartNew();
        var grid = SweepGrid.Parse(parse.GetValue(_precision)!, parse.GetValue(_reuse)!, parse.GetValue(_strategy)!);
        var jobs = parse.GetValue(_jobs) ?? Environment.ProcessorCount;
        if (jobs <= 0) throw new UsageException($"--jobs must be positive, got {jobs}");
        if (parse.GetValue(_samples) <= 0) throw new UsageException($"--samples must be positive, got {parse.GetValue(_samples)}");
        var dir = parse.GetValue(_output)!;
        SweepFolder.Prepare(dir, parse.GetValue(_force));
        var request = new CompileRequest(parse.GetValue(_model), parse.GetValue(_weights), parse.GetValue(_config), new ConfigOverrides
        {
            Semantics = parse.GetValue(_semantics),
            IoType = parse.GetValue(_ioType),
            Part = parse.GetValue(_fpga),
            ClockPeriod = parse.GetValue(_clock),
        });
        var baseDesign = new ModelCompiler(log).Compile(request);
        var model = _threads.ApplyTo(parse, HlsModel.Load(baseDesign.ModelPath, new LoadOptions { WeightsPath = baseDesign.Config.KerasJson is not null ? baseDesign.Config.KerasH5 : null }));
        var width = baseDesign.Graph.Inputs.Count == 1 ? baseDesign.Graph.Inputs[0].Shape.Size : 0;
        var calibration = parse.GetValue(_calibration);
        var samples = calibration is null ? SampleSet.Random(parse.GetValue(_samples), width, parse.GetValue(_seed)) : new SampleSetReader().Read(calibration);
        TargetMetric? metric = parse.GetValue(_metric) switch { "argmax" => TargetMetric.Argmax, "max-abs" => TargetMetric.MaxAbs, "rel-rmse" => TargetMetric.RelRmse, _ => null };
        var points = grid.Points().Count;
        log.Information("Sweeping {Points} points ({Precisions} precisions x {Reuse} reuse factors x {Strategies} strategies), {Jobs} at once",
            points, grid.Precisions.Count, grid.ReuseFactors.Count, grid.Strategies.Count, jobs);
        var report = new SweepRunner(log).Run(model, baseDesign.Config, grid,
            new SweepSettings { Samples = samples, Metric = metric, Csim = parse.GetValue(_csim), Parallelism = jobs }, new SweepProgressLog(log, "evaluated"));
        var notes = new List<string>();
        if (parse.GetValue(_synth))
        {
            var system = parse.GetValue(_emit) switch { "htcondor" => JobSystem.HtCondor, "local" => JobSystem.Local, _ => JobSystem.Slurm };
            var testSamples = new SampleSet(samples.Rows.Take(10).ToList(), samples.Source);
            var files = new SweepJobWriter().Write(model, baseDesign.Config, report.Points, dir, system, parse.GetValue(_hls4net)!, testSamples, jobs);
            report = report with { JobFiles = files };
            notes.Add($"projects: {Path.Combine(dir, SweepFolder.Points)}/<id>; jobs: {string.Join(", ", files.Select(f => Path.Combine(dir, f)))}");
            SweepFolder.WriteResults(dir, report);
            if (system == JobSystem.Local)
            {
                var codes = new LocalJobRunner().Run(dir, jobs, new SweepProgressLog(log, "built"));
                var failed = codes.Where(kv => kv.Value != 0).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
                if (failed.Count > 0) log.Warning("{Count} of {Total} local jobs failed: {Ids} (logs/ID.err)", failed.Count, codes.Count, string.Join(", ", failed));
                var outcome = new SweepCollector().Collect(dir);
                report = outcome.Report;
                notes.Add($"local jobs: {codes.Count - failed.Count} of {codes.Count} exited 0; collected {outcome.Built.Count} builds ({outcome.Missing.Count} missing, {outcome.Failed.Count} failed)");
            }
            else
            {
                notes.Add(system == JobSystem.Slurm
                    ? $"submit: cd {dir} && sbatch {SweepFolder.Slurm}; then: hls4net sweep collect {dir}"
                    : $"submit: cd {dir} && condor_submit {SweepFolder.HtCondor}; then: hls4net sweep collect {dir}");
            }
        }
        else
        {
            SweepFolder.WriteResults(dir, report);
        }
        clock.Stop();
        if (parse.GetValue(_json)) _runner.Out.WriteLine(CliJson.Serialize(report));
        else _runner.Out.Write(new SweepPrinter().Format(report, dir, clock.Elapsed.TotalSeconds, notes));
        return ExitCodes.Ok;
    }

    private Command Collect()
    {
        var dir = new Argument<string>("dir") { Description = "The sweep folder" };
        var json = new Option<bool>("--json") { Description = "Print the merged results (results.json) on stdout" };
        var collect = new Command("collect", "Merge each point's build record (points/ID/hls4net_build.json) into results.csv, results.json and pareto.svg; missing or failed builds are reported, an error only when none built");
        collect.Arguments.Add(dir);
        collect.Options.Add(json);
        collect.SetAction(parse => _runner.Execute(parse, log =>
        {
            var clock = Stopwatch.StartNew();
            var folder = parse.GetValue(dir)!;
            var outcome = new SweepCollector().Collect(folder);
            if (outcome.Missing.Count > 0) log.Warning("No build record for {Count} points: {Ids}", outcome.Missing.Count, string.Join(", ", outcome.Missing));
            if (outcome.Failed.Count > 0) log.Warning("Failed builds for {Count} points: {Ids}", outcome.Failed.Count, string.Join(", ", outcome.Failed));
            var notes = new[] { $"collected: {outcome.Built.Count} built, {outcome.Missing.Count} missing, {outcome.Failed.Count} failed" };
            if (parse.GetValue(json)) _runner.Out.WriteLine(CliJson.Serialize(outcome.Report));
            else _runner.Out.Write(new SweepPrinter().Format(outcome.Report, folder, clock.Elapsed.TotalSeconds, notes));
            return ExitCodes.Ok;
        }));
        return collect;
    }
}
