namespace Hls4Net.TestSupport;

/// <summary>
/// A stand-in Vitis HLS installation for tests (there is no Vitis here): a temporary folder whose <c>bin/</c> holds a
/// <c>vitis_hls</c> and a <c>vivado</c> shell script. They run the project's real build_prj.tcl / vivado_synth.tcl with
/// tclsh and the stub commands of tests/fixtures/vitis/stub (which print Vitis-like log lines and write the fixture
/// reports into the folders Vitis uses). The fixture folder and the failure to simulate are baked into the scripts,
/// so no test changes the process environment.
/// </summary>
public sealed class VitisStub : IDisposable
{
    /// <summary>Create a stub installation that fails as <paramref name="fail"/> says: none, csim, synth, cosim (RTL outputs differ), cosim-fail.</summary>
    public VitisStub(string fail = "none", string? fixtures = null)
    {
        Home = Directory.CreateTempSubdirectory("hls4net-vitis-stub-").FullName;
        Bin = Path.Combine(Home, "bin");
        Directory.CreateDirectory(Bin);
        fixtures ??= Fixtures;
        var stub = Path.Combine(Fixtures, "stub");
        Script("vitis_hls", Path.Combine(stub, "vitis_hls_stub.tcl"), fail, fixtures);
        Script("vivado", Path.Combine(stub, "vivado_stub.tcl"), fail, fixtures);
    }

    /// <summary>The repository's Vitis report fixtures (tests/fixtures/vitis).</summary>
    public static string Fixtures => RepoPaths.Fixture("vitis");

    /// <summary>What XILINX_HLS would be.</summary>
    public string Home { get; }

    /// <summary>The folder holding vitis_hls and vivado.</summary>
    public string Bin { get; }

    /// <summary>The stub vitis_hls.</summary>
    public string VitisHls => Path.Combine(Bin, "vitis_hls");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder: leave it if busy
        }
    }

    private void Script(string name, string tcl, string fail, string fixtures)
    {
        var path = Path.Combine(Bin, name);
        File.WriteAllText(path,
            "#!/bin/sh\n" +
            $"# Hls4Net test stub for {name} (see tests/fixtures/vitis/stub)\n" +
            $"HLS4NET_STUB_FIXTURES='{fixtures}' HLS4NET_STUB_FAIL='{fail}' PATH='{Bin}':\"$PATH\" exec tclsh '{tcl}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
