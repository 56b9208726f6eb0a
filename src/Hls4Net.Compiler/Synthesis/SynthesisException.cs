namespace Hls4Net.Synthesis;

/// <summary>A project or a Vitis/Vivado report that cannot be used; the message names the file and, for a report, the field.</summary>
public sealed class SynthesisException : Hls4NetException
{
    public SynthesisException(string message, Exception? inner = null) : base(Hls4NetErrorCategory.ToolFailure, message, inner) { }
}
