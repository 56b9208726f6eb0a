using Hls4Net.Backends.Vitis;

namespace Hls4Net.Backends.Vitis.Tests.Layering;

/// <summary>The backend reads per-node plans from the lowering layer and never depends on the emulator.</summary>
public sealed class AssemblyReferenceTests
{
    private static IReadOnlyList<string> ReferencedByBackend() =>
        typeof(VitisBackend).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

    [Fact]
    public void VitisBackendDoesNotReferenceTheEmulator()
    {
        Assert.DoesNotContain("Hls4Net.Emulation", ReferencedByBackend());
    }

    [Fact]
    public void VitisBackendReadsPlansFromTheLoweringLayer()
    {
        Assert.Contains("Hls4Net.Lowering", ReferencedByBackend());
    }
}
