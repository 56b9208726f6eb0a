using System.CommandLine;

namespace Hls4Net.Cli.Commands;

/// <summary><c>--threads N</c>: how many threads the emulator splits a batch over (default: every core).</summary>
public sealed class ThreadsOption
{
    public Option<int?> Option { get; } = new("--threads")
    {
        Description = "Emulator threads: the batch is cut into one slice per thread (default: every core); the outputs do not depend on it",
    };

    public void AddTo(Command command) => command.Options.Add(Option);

    /// <summary>Sets the design's emulator threads when the option was given.</summary>
    public HlsDesign ApplyTo(ParseResult parse, HlsDesign design)
    {
        if (parse.GetValue(Option) is { } threads)
        {
            if (threads < 1) throw new UsageException($"--threads must be at least 1, got {threads}");
            design.EmulationThreads = threads;
        }
        return design;
    }

    /// <summary>Sets the emulator threads of every design made from <paramref name="model"/> when the option was given.</summary>
    public HlsModel ApplyTo(ParseResult parse, HlsModel model)
    {
        if (parse.GetValue(Option) is { } threads)
        {
            if (threads < 1) throw new UsageException($"--threads must be at least 1, got {threads}");
            model.EmulationThreads = threads;
        }
        return model;
    }
}
