using Hls4Net.Sweeps;
using Serilog;

namespace Hls4Net.Cli.Sweep;

/// <summary>Logs a sweep's progress bar with its ETA on stderr, at most once a second, and always the last step.</summary>
public sealed class SweepProgressLog : IProgress<SweepProgress>
{
    private readonly ILogger _log;
    private readonly string _what;
    private readonly object _gate = new();
    private TimeSpan? _last;

    public SweepProgressLog(ILogger log, string what)
    {
        _log = log;
        _what = what;
    }

    public void Report(SweepProgress value)
    {
        lock (_gate)
        {
            if (value.Done < value.Total && _last is { } last && value.Elapsed - last < TimeSpan.FromSeconds(1)) return;
            _last = value.Elapsed;
            _log.Information("{What} {Bar}", _what, value.Bar());
        }
    }
}
