using System.CommandLine;
using Hls4Net.Core.Data;

namespace Hls4Net.Cli.Optimize;

/// <summary>The sample options the optimize commands share (--calibration, --validation, --samples, --seed) and how they become sample sets.</summary>
public sealed class OptimizeSamples
{
    public Option<string?> Calibration { get; } = new("--calibration") { Description = "Calibration inputs (.csv/.dat/.npy), one sample per row (default: --samples random N(0,1) samples, seed --seed)" };

    public Option<string?> Validation { get; } = new("--validation") { Description = "Validation inputs (.csv/.dat/.npy) (default: --samples random samples with seed --seed + 1, or the calibration file when one is given)" };

    public Option<int> Samples { get; } = new("--samples") { Description = "Number of random samples per set when no file is given (default 10000)", DefaultValueFactory = _ => 10000 };

    public Option<int> Seed { get; } = new("--seed") { Description = "Seed of the random calibration set (validation: seed + 1) (default 0)" };

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { Calibration, Validation, Samples, Seed }) command.Options.Add(o);
    }

    /// <summary>The calibration set and the validation set (null: the calibration set) for a model input of <paramref name="width"/> values.</summary>
    public (SampleSet Calibration, SampleSet? Validation) Read(ParseResult parse, int width)
    {
        var n = parse.GetValue(Samples);
        if (n <= 0) throw new UsageException($"--samples must be positive, got {n}");
        var reader = new SampleSetReader();
        var seed = parse.GetValue(Seed);
        var calibrationPath = parse.GetValue(Calibration);
        var validationPath = parse.GetValue(Validation);
        var calibration = calibrationPath is null ? SampleSet.Random(n, width, seed) : reader.Read(calibrationPath);
        SampleSet? validation = validationPath is not null ? reader.Read(validationPath)
            : calibrationPath is null ? SampleSet.Random(n, width, seed + 1)
            : null;
        return (calibration, validation);
    }
}
