using System.Diagnostics;
using System.Globalization;

namespace Hls4Net.Cli.Progress;

/// <summary>
/// Shows that a long step is still running: when no log line has been written for <see cref="After"/> (about 2 s), a
/// status line on stderr reads <c>… 12 s: Compiling C simulation of myproject ...</c> (the step is the last log line)
/// and is rewritten in place every <see cref="Every"/>. The next log line, any result on stdout, an error or the end
/// of the command clears it. Only used when stderr is a terminal and not with -q (<see cref="ProgressPolicy"/>).
/// </summary>
public sealed class ProgressTicker : IDisposable
{
    /// <summary>Erases the current terminal line (carriage return, then ANSI "erase to end of line").</summary>
    public const string ClearSequence = "\r\u001b[K";

    private readonly TextWriter _err;
    private readonly Func<TimeSpan> _clock;
    private readonly Timer? _timer;
    private TimeSpan _since;
    private string _step = "working";
    private bool _shown;
    private bool _stopped;

    /// <param name="err">stderr.</param>
    /// <param name="clock">Elapsed time source (a stopwatch by default; tests pass their own).</param>
    /// <param name="startTimer">False in tests, which call <see cref="Tick"/> themselves.</param>
    public ProgressTicker(TextWriter err, Func<TimeSpan>? clock = null, bool startTimer = true)
    {
        _err = err;
        if (clock is null)
        {
            var watch = Stopwatch.StartNew();
            clock = () => watch.Elapsed;
        }
        _clock = clock;
        _since = _clock();
        if (startTimer) _timer = new Timer(_ => Tick(), null, Every, Every);
    }

    public static TimeSpan After { get; } = TimeSpan.FromSeconds(2);

    public static TimeSpan Every { get; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Lock shared with the log sink so status and log lines never interleave.</summary>
    public object Gate { get; } = new();

    /// <summary>Called (under <see cref="Gate"/>) before a log line is written: clears the status line.</summary>
    public void BeforeLine()
    {
        if (!_shown) return;
        _err.Write(ClearSequence);
        _shown = false;
    }

    /// <summary>Called (under <see cref="Gate"/>) after a log line: it names the step now running.</summary>
    public void AfterLine(string message)
    {
        _step = message;
        _since = _clock();
    }

    /// <summary>Redraw the status line if the current step has run longer than <see cref="After"/>.</summary>
    public void Tick()
    {
        lock (Gate)
        {
            if (_stopped) return;
            var elapsed = _clock() - _since;
            if (elapsed < After) return;
            _err.Write(string.Create(CultureInfo.InvariantCulture, $"{ClearSequence}… {(int)elapsed.TotalSeconds} s: {_step}"));
            _err.Flush();
            _shown = true;
        }
    }

    /// <summary>Clear the status line and show no more (results or an error follow).</summary>
    public void Stop()
    {
        lock (Gate)
        {
            BeforeLine();
            _stopped = true;
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        Stop();
    }
}
