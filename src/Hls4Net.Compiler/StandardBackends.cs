using Hls4Net.Backends.Cpp;
using Hls4Net.Backends.Vitis;
using Hls4Net.Ops;

namespace Hls4Net;

/// <summary>The backends Hls4Net offers to a config's <c>Backend:</c> key.</summary>
public static class StandardBackends
{
    /// <summary>
    /// A new <see cref="BackendSet"/>: <see cref="VitisBackend"/> with the standard op packages' emitters under "Vitis", and
    /// under hls4ml's "Vivado" (the same Vitis HLS project; the config loader warns about it).
    /// </summary>
    public static BackendSet Create() =>
        new BackendSet()
            .Add(VitisBackend.BackendName, log => new VitisBackend(StandardOps.Create().Emitters(), logger: log))
            .Add("Vivado", log => new VitisBackend(StandardOps.Create().Emitters(), logger: log));
}
