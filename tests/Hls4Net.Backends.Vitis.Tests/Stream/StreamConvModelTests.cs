using Hls4Net.Core.Ir;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Stream;

/// <summary>
/// The shared convolutional models (ONNX and Keras) in io_stream and io_parallel: 500 seeded random samples each,
/// C simulation equal to the emulator bit for bit.
/// </summary>
[StartsFirst(7)]
public sealed class StreamConvModelTests
{
    public static TheoryData<string, string?, string> Models() => new()
    {
        { "onnx/conv1d_small_keras.onnx", null, "io_stream" },
        { "onnx/conv2d_small_keras.onnx", null, "io_stream" },
        { "keras/KERAS_conv1d_small.json", "keras/KERAS_conv1d_small_weights.h5", "io_stream" },
        { "keras/KERAS_conv2d_model.json", "keras/KERAS_conv2d_model_weights.h5", "io_stream" },
        { "onnx/conv1d_small_keras.onnx", null, "io_parallel" },
        { "onnx/conv2d_small_keras.onnx", null, "io_parallel" },
        { "keras/KERAS_conv1d_small.json", "keras/KERAS_conv1d_small_weights.h5", "io_parallel" },
        { "keras/KERAS_conv2d_model.json", "keras/KERAS_conv2d_model_weights.h5", "io_parallel" },
    };

    [SharedModelTheory]
    [MemberData(nameof(Models))]
    public void Conv_model_matches_the_emulator_bit_for_bit(string model, string? weights, string ioType)
    {
        var io = ioType == "io_stream" ? IoType.IoStream : IoType.IoParallel;
        var graph = StreamCheck.Import(model, weights, io);
        var r = StreamCheck.Run(graph, io, samples: 500, seed: model.Length * 7 + 1);
        if (io == IoType.IoStream) Assert.Contains("hls::stream<", r.TopCpp);
        Assert.True(r.Mismatches == 0, $"{model} ({ioType}): {r.Mismatches} mismatching values; first: {r.First}");
    }
}
