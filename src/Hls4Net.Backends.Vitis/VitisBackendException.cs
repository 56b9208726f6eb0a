namespace Hls4Net.Backends.Vitis;

/// <summary>A user-facing error of the Vitis backend (configuration, output folder, emitter contract).</summary>
public sealed class VitisBackendException : Hls4NetException
{
    public VitisBackendException(string message) : base(Hls4NetErrorCategory.Backend, message) { }

    public VitisBackendException(string message, Exception inner) : base(Hls4NetErrorCategory.Backend, message, inner) { }
}
