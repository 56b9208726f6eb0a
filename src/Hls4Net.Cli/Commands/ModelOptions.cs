using System.CommandLine;
using Hls4Net.Core.Config;

namespace Hls4Net.Cli.Commands;

/// <summary>The model argument, --config and the hls4ml-style overrides shared by convert, inspect, emulate and verify.</summary>
public sealed class ModelOptions
{
    public Argument<string?> Model { get; } = new("model")
    {
        Description = "Model file: .onnx, Keras .json (with --weights), full-model .h5 or Keras 3 .keras. Optional when --config names it.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string?> Weights { get; } = new("--weights") { Description = "Keras weights .h5 for a .json model" };

    public Option<string?> Config { get; } = new("--config", "-c") { Description = "hls4ml-style YAML configuration" };

    public Option<string?> Precision { get; } = new("--precision") { Description = "Default precision, e.g. ap_fixed<16,6> or fixed<8,3,RND,SAT>" };

    public Option<int?> ReuseFactor { get; } = new("--reuse-factor") { Description = "Default reuse factor" };

    public Option<string?> Strategy { get; } = new("--strategy") { Description = "Latency or Resource" };

    public Option<string?> Semantics { get; } = new("--semantics") { Description = "hls4ml (hls4ml's bits for the same config) or exact (Hls4Net's exact arithmetic); docs/hls4ml-differences.md" };

    public Option<string?> IoType { get; } = new("--io-type") { Description = "io_parallel or io_stream" };

    public Option<string?> Fpga { get; } = new("--fpga", "--part") { Description = "FPGA part or alias (e.g. xcvu9p)" };

    public Option<double?> ClockPeriod { get; } = new("--clock-period") { Description = "Clock period in ns" };

    public Option<string?> ProjectName { get; } = new("--project-name") { Description = "Project / top function name" };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Model);
        foreach (var o in new Option[] { Weights, Config, Precision, ReuseFactor, Strategy, Semantics, IoType, Fpga, ClockPeriod, ProjectName })
        {
            command.Options.Add(o);
        }
    }

    public CompileRequest Request(ParseResult parse, string? outputDir = null) => new(
        parse.GetValue(Model),
        parse.GetValue(Weights),
        parse.GetValue(Config),
        new ConfigOverrides
        {
            Precision = parse.GetValue(Precision),
            ReuseFactor = parse.GetValue(ReuseFactor),
            Strategy = parse.GetValue(Strategy),
            Semantics = parse.GetValue(Semantics),
            IoType = parse.GetValue(IoType),
            Part = parse.GetValue(Fpga),
            ClockPeriod = parse.GetValue(ClockPeriod),
            ProjectName = parse.GetValue(ProjectName),
            OutputDir = outputDir,
        });
}
