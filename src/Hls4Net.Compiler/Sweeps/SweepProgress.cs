namespace Hls4Net.Sweeps;

/// <summary>Progress of a sweep: points done of the total, elapsed time and the estimated time left.</summary>
public sealed record SweepProgress(int Done, int Total, TimeSpan Elapsed)
{
    /// <summary>Time left at the average rate so far (null before the first point).</summary>
    public TimeSpan? Eta => Done == 0 ? null : TimeSpan.FromTicks(Elapsed.Ticks / Done * (Total - Done));

    /// <summary><c>[##########----------] 24/48 points, 3.2 s, ETA 3.2 s</c>.</summary>
    public string Bar(int width = 20)
    {
        var filled = Total == 0 ? width : Done * width / Total;
        var eta = Eta is { } e ? FormattableString.Invariant($"ETA {e.TotalSeconds:0.0} s") : "ETA ?";
        return FormattableString.Invariant($"[{new string('#', filled)}{new string('-', width - filled)}] {Done}/{Total} points, {Elapsed.TotalSeconds:0.0} s, {eta}");
    }
}
