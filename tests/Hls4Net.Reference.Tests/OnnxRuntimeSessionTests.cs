using Hls4Net.TestSupport;

namespace Hls4Net.Reference.Tests;

public sealed class OnnxRuntimeSessionTests : IClassFixture<OnnxRuntimeFixture>
{
    private readonly OnnxRuntimeFixture _ort;

    public OnnxRuntimeSessionTests(OnnxRuntimeFixture ort) => _ort = ort;

    private static float[] Seeded(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray();
    }

    [Fact]
    public void ReportsLibraryVersionAndTinyModelMetadata()
    {
        using var session = OnnxRuntimeSession.Open(TinyOnnxModel.AddRelu(), _ort.Locator);

        Assert.Equal("1.30.0", session.RuntimeVersion);
        Assert.Equal(["x"], session.InputNames);
        Assert.Equal(["y"], session.OutputNames);
        Assert.Equal(OnnxTensorElementType.Float, session.Inputs[0].ElementType);
        Assert.Equal([-1L, 3L], session.Inputs[0].Shape);
    }

    [Fact]
    public void RunsABatchAgainstAHandCalculation()
    {
        using var session = OnnxRuntimeSession.Open(TinyOnnxModel.AddRelu(), _ort.Locator);
        var x = Seeded(1, 4 * 3);

        var y = session.Run("x", x, [4, 3]);

        var expected = x.Select((v, i) => MathF.Max(0f, v + TinyOnnxModel.Bias[i % 3])).ToArray();
        Assert.Equal(expected, y["y"]);
    }

    [Fact]
    public void ReturnsIntermediateTensorsThatAreGraphOutputs()
    {
        using var session = OnnxRuntimeSession.Open(TinyOnnxModel.AddRelu(exposeSum: true), _ort.Locator);
        var x = Seeded(2, 2 * 3);

        var outputs = session.Run("x", x, [2, 3], ["sum", "y"]);

        var sum = x.Select((v, i) => v + TinyOnnxModel.Bias[i % 3]).ToArray();
        Assert.Equal(["y", "sum"], session.OutputNames);
        Assert.Equal(sum, outputs["sum"]);
        Assert.Equal(sum.Select(v => MathF.Max(0f, v)), outputs["y"]);
    }

    [Fact]
    public void ReturnsShapesAndRequestedOutputsOnly()
    {
        using var session = OnnxRuntimeSession.Open(TinyOnnxModel.AddRelu(), _ort.Locator,
            new OnnxRuntimeSessionOptions { OptimizeGraph = false });

        var outputs = session.RunTensors([new OnnxRuntimeTensor("x", [1f, 2f, -5f, -1f, 0.5f, -3f], [2, 3])], ["y"]);

        var y = Assert.Single(outputs).Value;
        Assert.Equal([2, 3], y.Shape);
        Assert.Equal([1.5f, 1f, 0f, 0f, 0f, 0f], y.Data);
    }

    [SharedModelFact]
    public void OpensFromPathWithGraphMetadata()
    {
        using var session = OnnxRuntimeSession.Open(RepoPaths.OnnxModel("three_layer_keras"), _ort.Locator);

        var input = Assert.Single(session.Inputs);
        Assert.Equal(OnnxTensorElementType.Float, input.ElementType);
        Assert.Equal(2, input.Shape.Count);
        Assert.Single(session.Outputs);
    }

    [SharedModelFact]
    public void FixedBatchOfOneModelRunsABatchSampleBySample()
    {
        using var session = OnnxRuntimeSession.Open(RepoPaths.OnnxModel("three_layer_keras"), _ort.Locator);
        var input = session.Inputs[0];
        Assert.Equal(1L, input.Shape[0]);
        var width = (int)input.Shape[1];
        var batch = Seeded(11, 5 * width);

        var together = session.Run(input.Name, batch, [5, width])[session.OutputNames[0]];

        var outWidth = together.Length / 5;
        for (var n = 0; n < 5; n++)
        {
            var alone = session.Run(input.Name, batch[(n * width)..((n + 1) * width)], [1, width])[session.OutputNames[0]];
            Assert.Equal(alone, together[(n * outWidth)..((n + 1) * outWidth)]);
        }
    }

    [Fact]
    public void GarbageModelBytesBecomeOnnxRuntimeExceptionWithOrtsMessage()
    {
        var garbage = "this is not an onnx model"u8.ToArray();

        var error = Assert.Throws<OnnxRuntimeException>(() => OnnxRuntimeSession.Open(garbage, _ort.Locator));

        Assert.Equal(OnnxRuntimeErrorCode.InvalidProtobuf, error.Code);
        Assert.Equal("CreateSessionFromArray", error.Operation);
        Assert.Contains("protobuf", error.OrtMessage, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(error.OrtMessage.Split('\n')[0].Trim(), error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void WrongInputNameBecomesOnnxRuntimeException()
    {
        using var session = OnnxRuntimeSession.Open(TinyOnnxModel.AddRelu(), _ort.Locator);

        var error = Assert.Throws<OnnxRuntimeException>(() => session.Run("no_such_input", new float[3], [1, 3]));

        Assert.Equal("Run", error.Operation);
        Assert.Contains("no_such_input", error.OrtMessage);
    }

    [Fact]
    public void WrongOutputNameAndWrongShapeAreErrorsNotCrashes()
    {
        using var session = OnnxRuntimeSession.Open(TinyOnnxModel.AddRelu(), _ort.Locator);

        var badOutput = Assert.Throws<OnnxRuntimeException>(() => session.Run("x", new float[3], [1, 3], ["nope"]));
        Assert.Contains("nope", badOutput.OrtMessage);
        var badRank = Assert.Throws<OnnxRuntimeException>(() => session.Run("x", new float[3], [3]));
        Assert.Equal(OnnxRuntimeErrorCode.InvalidArgument, badRank.Code);
        Assert.Throws<ArgumentException>(() => session.Run("x", new float[5], [2, 3]));
    }

    [Fact]
    public void MissingModelFileIsAFileNotFoundError()
    {
        var error = Assert.Throws<FileNotFoundException>(() => OnnxRuntimeSession.Open("/no/such/model.onnx", _ort.Locator));
        Assert.Contains("/no/such/model.onnx", error.Message);
    }

    [SharedModelFact]
    public void TwoHundredSessionsAndRunsReleaseTheirHandles()
    {
        var model = TinyOnnxModel.AddRelu();
        var x = Seeded(7, 8 * 3);
        float[]? first = null;
        for (var i = 0; i < 200; i++)
        {
            using var session = OnnxRuntimeSession.Open(model, _ort.Locator);
            var y = session.Run("x", x, [8, 3])["y"];
            first ??= y;
            Assert.Equal(first, y);
            Assert.Throws<OnnxRuntimeException>(() => session.Run("bad", x, [8, 3]));
        }

        using var reused = OnnxRuntimeSession.Open(RepoPaths.OnnxModel("three_layer_keras"), _ort.Locator);
        var width = (int)reused.Inputs[0].Shape[1];
        var input = Seeded(3, 16 * width);
        for (var i = 0; i < 200; i++)
            Assert.Single(reused.Run(reused.InputNames[0], input, [16, width]));
    }

    [Fact]
    public void DisposedSessionRefusesToRun()
    {
        var session = OnnxRuntimeSession.Open(TinyOnnxModel.AddRelu(), _ort.Locator);
        session.Dispose();
        session.Dispose();

        Assert.Throws<ObjectDisposedException>(() => session.Run("x", new float[3], [1, 3]));
    }
}
