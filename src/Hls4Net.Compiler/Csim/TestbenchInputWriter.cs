using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Backends.Vitis.Project;
using Hls4Net.Core.Data;

namespace Hls4Net.Csim;

/// <summary>
/// <c>csim --input</c>: reads the samples (.csv, .npy or .dat) with the same readers as <c>emulate</c>, runs the
/// emulator on them, and installs both the testbench inputs and the emulator's predictions into the project's tb_data
/// through a <see cref="TestbenchDataSwap"/>. A bad file fails here, before anything in the project is touched.
/// </summary>
public sealed class TestbenchInputWriter
{
    /// <summary>Install the samples of <paramref name="inputPath"/> into <paramref name="projectDir"/>; dispose the result to undo.</summary>
    public TestbenchDataSwap Install(string projectDir, string inputPath, HlsDesign model)
    {
        var samples = new SampleSetReader().Read(inputPath);
        if (samples.Count == 0) throw new InputDataException($"{Path.GetFileName(inputPath)}: no samples");
        var predictions = EmulationRunner.Rows(model.Emulate(samples));
        var inputs = TestbenchData.Format(samples.Rows, samples.Rows[0].Length, "test input");
        var expected = TestbenchData.Format(predictions, predictions[0].Length, "expected output");
        return TestbenchDataSwap.Install(projectDir, inputs, expected);
    }
}
