namespace Hls4Net.Backends.Vitis.Csim;

/// <summary>The C++ compiler used for C simulation is not installed; the message says how to install it.</summary>
public sealed class CompilerNotFoundException : Hls4NetException
{
    public CompilerNotFoundException(string message) : base(Hls4NetErrorCategory.MissingDependency, message) { }
}
