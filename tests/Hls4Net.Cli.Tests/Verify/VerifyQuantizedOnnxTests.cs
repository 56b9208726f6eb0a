using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Verify;

/// <summary>
/// <c>hls4net verify</c> on quantized ONNX (issue 17): a QONNX model is compared with the emulator's float mode, which
/// runs its quantizers (ONNX Runtime cannot), and forcing ONNX Runtime on it is one clear error.
/// </summary>
public sealed class VerifyQuantizedOnnxTests
{
    private static string Fixture(string name, string ext = ".onnx") => Path.Combine(RepoPaths.RepoRoot, "tests", "fixtures", "qonnx", name + ext);

    [Fact]
    public void AQonnxModelIsVerifiedAgainstTheFloatModeThatRunsItsQuantizers()
    {
        var run = CliRun.Of("verify", Fixture("qonnx_bnn"), "--input", Fixture("qonnx_bnn", ".input.npy"), "--precision", "ap_fixed<32,16>");

        Assert.True(run.Code == 0, run.ToString());
        Assert.Contains("float reference: emulator float mode (double precision; it runs the QONNX quantizers, which ONNX Runtime cannot)", run.Out);
        Assert.Contains("PASS: max abs error 0,", run.Out);
    }

    [Fact]
    public void OnnxRuntimeAsTheReferenceOfAQonnxModelIsAnError()
    {
        var run = CliRun.Of("verify", Fixture("qonnx_bnn"), "--float-reference", "onnxruntime", "--samples", "4");

        Assert.Equal(1, run.Code);
        Assert.Contains("error: ONNX Runtime cannot run the QONNX quantizers of 'qonnx_bnn.onnx'; use --float-reference emulator or auto", run.Err);
    }
}
