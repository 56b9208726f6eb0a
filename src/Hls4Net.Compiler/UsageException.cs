namespace Hls4Net;

/// <summary>A bad request (a missing argument, a bad option value or combination): category <see cref="Hls4NetErrorCategory.Usage"/>, exit code 2 in the CLI.</summary>
public sealed class UsageException : Hls4NetException
{
    public UsageException(string message) : base(Hls4NetErrorCategory.Usage, message) { }
}
