using System.Text;

namespace Hls4Net.Cli.Progress;

/// <summary>stdout for a command while progress may be shown: the first result written stops and clears the status line.</summary>
public sealed class ProgressStoppingWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly ProgressTicker _ticker;

    public ProgressStoppingWriter(TextWriter inner, ProgressTicker ticker)
    {
        _inner = inner;
        _ticker = ticker;
    }

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value)
    {
        _ticker.Stop();
        _inner.Write(value);
    }

    public override void Write(string? value)
    {
        _ticker.Stop();
        _inner.Write(value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        _ticker.Stop();
        _inner.Write(buffer);
    }

    public override void WriteLine(string? value)
    {
        _ticker.Stop();
        _inner.WriteLine(value);
    }

    public override void Flush() => _inner.Flush();
}
