using Hls4Net.Core.Ir;
using Hls4Net.Frontends.Keras;
using Hls4Net.Frontends.Onnx;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Stream;

/// <summary>
/// The repository's convolutional fixtures (tests/fixtures, no ../shared needed) in io_stream: seeded random samples,
/// C simulation equal to the emulator bit for bit.
/// </summary>
public sealed class StreamFixtureModelTests
{
    [Theory]
    [InlineData("conv2d_pytorch.onnx", null)]
    [InlineData("conv1d_keras.json", "conv1d_keras_weights.h5")]
    public void Conv_fixture_in_io_stream_matches_the_emulator_bit_for_bit(string model, string? weights)
    {
        var path = RepoPaths.Fixture(model);
        var imported = weights is null ? new OnnxImporter().Import(path) : new KerasImporter().Import(path, RepoPaths.Fixture(weights));
        var graph = StreamCheck.Compile(imported, IoType.IoStream);

        var r = StreamCheck.Run(graph, IoType.IoStream, samples: 200, seed: 41);

        Assert.Contains("hls::stream<", r.TopCpp);
        Assert.True(r.Mismatches == 0, $"{model}: {r.Mismatches} mismatching values; first: {r.First}");
    }
}
