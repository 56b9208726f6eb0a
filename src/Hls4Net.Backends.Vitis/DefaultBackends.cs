using Hls4Net.Backends.Cpp;

namespace Hls4Net.Backends.Vitis;

/// <summary>The backends Hls4Net offers to a config's <c>Backend:</c> key.</summary>
public static class DefaultBackends
{
    /// <summary>
    /// A new <see cref="BackendSet"/>: <see cref="VitisBackend"/> with <see cref="DefaultEmitters"/> under "Vitis", and
    /// under hls4ml's "Vivado" (the same Vitis HLS project; the config loader warns about it).
    /// </summary>
    public static BackendSet Create() =>
        new BackendSet()
            .Add(VitisBackend.BackendName, log => new VitisBackend(DefaultEmitters.Create(), logger: log))
            .Add("Vivado", log => new VitisBackend(DefaultEmitters.Create(), logger: log));
}
