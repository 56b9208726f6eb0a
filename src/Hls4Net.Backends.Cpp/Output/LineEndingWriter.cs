using System.Text;

namespace Hls4Net.Backends.Cpp.Output;

/// <summary>
/// Passes text on to another writer with <see cref="Text.Normalize"/>'s line endings ("\r\n" and a lone '\r' become
/// '\n'), as it streams: a '\r' at the end of one write and a '\n' at the start of the next are one line end.
/// </summary>
public sealed class LineEndingWriter : TextWriter
{
    private readonly TextWriter _inner;
    private bool _afterCarriageReturn;

    public LineEndingWriter(TextWriter inner) : base(inner.FormatProvider) => _inner = inner;

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value)
    {
        var skip = value == '\n' && _afterCarriageReturn;
        _afterCarriageReturn = value == '\r';
        if (!skip) _inner.Write(value == '\r' ? '\n' : value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_afterCarriageReturn && buffer[0] == '\n') buffer = buffer[1..];
            _afterCarriageReturn = false;
            var cr = buffer.IndexOf('\r');
            if (cr < 0)
            {
                _inner.Write(buffer);
                return;
            }
            _inner.Write(buffer[..cr]);
            _inner.Write('\n');
            _afterCarriageReturn = true;
            buffer = buffer[(cr + 1)..];
        }
    }

    public override void Flush() => _inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
