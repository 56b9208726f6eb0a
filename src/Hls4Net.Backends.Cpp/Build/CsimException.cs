namespace Hls4Net.Backends.Cpp.Build;

/// <summary>C simulation could not run: no compiler, a compile error, or the testbench failed.</summary>
public sealed class CsimException : Exception
{
    public CsimException(string message) : base(message) { }

    public CsimException(string message, Exception inner) : base(message, inner) { }
}
