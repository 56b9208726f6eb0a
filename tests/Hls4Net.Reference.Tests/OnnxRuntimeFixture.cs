namespace Hls4Net.Reference.Tests;

/// <summary>Locates (fetching on first use) the real ONNX Runtime once for the test run.</summary>
public sealed class OnnxRuntimeFixture
{
    public OnnxRuntimeFixture()
    {
        Locator = new OnnxRuntimeLocator();
        LibraryPath = Locator.Locate();
    }

    public OnnxRuntimeLocator Locator { get; }

    public string LibraryPath { get; }
}
