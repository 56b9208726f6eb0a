namespace Hls4Net.Backends.Vitis;

/// <summary>A user-facing error of the Vitis backend (configuration, output folder, emitter contract).</summary>
public sealed class VitisBackendException : Exception
{
    public VitisBackendException(string message) : base(message) { }

    public VitisBackendException(string message, Exception inner) : base(message, inner) { }
}
