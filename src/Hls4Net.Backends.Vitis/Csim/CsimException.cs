namespace Hls4Net.Backends.Vitis.Csim;

/// <summary>C simulation could not run: no compiler, a compile error, or the testbench failed.</summary>
public sealed class CsimException : Hls4NetException
{
    public CsimException(string message) : base(Hls4NetErrorCategory.ToolFailure, message) { }

    public CsimException(string message, Exception inner) : base(Hls4NetErrorCategory.ToolFailure, message, inner) { }
}
