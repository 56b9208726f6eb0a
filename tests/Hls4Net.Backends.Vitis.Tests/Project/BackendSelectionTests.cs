using Hls4Net.Backends.Cpp;
using Hls4Net;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>Issue 19 item 5: the config's <c>Backend:</c> chooses the backend; hls4ml's Vivado and Vitis both get the Vitis project.</summary>
public sealed class BackendSelectionTests
{
    [Theory]
    [InlineData("Vitis")]
    [InlineData("Vivado")]
    [InlineData("vitis")]
    public void Hls4ml_names_select_the_vitis_backend(string name)
    {
        var backend = StandardBackends.Create().For(name);
        Assert.IsType<VitisBackend>(backend);
        Assert.Equal("Vitis", backend.Name);
    }

    [Fact]
    public void Other_backends_are_a_clear_error()
    {
        var e = Assert.Throws<BackendException>(() => StandardBackends.Create().For("Quartus"));
        Assert.Equal("backend 'Quartus' is not available (available: Vitis, Vivado)", e.Message);
    }
}
