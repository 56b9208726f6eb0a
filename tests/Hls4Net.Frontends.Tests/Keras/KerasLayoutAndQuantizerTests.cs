using Hls4Net.Frontends.Keras;
using Hls4Net.Frontends.Keras.QKeras;

namespace Hls4Net.Frontends.Tests.Keras;

/// <summary>Keras 3 class paths, the flattening reader's limits, and QKeras quantizer settings that are refused clearly.</summary>
public sealed class KerasLayoutAndQuantizerTests
{
    [Theory]
    [InlineData("QDense", "q_dense")]
    [InlineData("Conv2D", "conv2d")]
    [InlineData("QConv2D", "q_conv2d")]
    [InlineData("QBatchNormalization", "q_batch_normalization")]
    [InlineData("DepthwiseConv2D", "depthwise_conv2d")]
    [InlineData("QConv2DBatchnorm", "q_conv2d_batchnorm")]
    [InlineData("Sequential", "sequential")]
    public void SnakeCaseFollowsKeras(string className, string expected) => Assert.Equal(expected, KerasModelFlattener.SnakeCase(className));

    [Fact]
    public void ClassPathsAreNumberedPerClassInLayerOrder()
    {
        const string json = """
            {"module": "keras", "class_name": "Sequential", "config": {"name": "m", "layers": [
              {"class_name": "InputLayer", "config": {"batch_shape": [null, 4], "name": "in"}},
              {"class_name": "QDense", "config": {"name": "fc1", "units": 3}},
              {"class_name": "Dense", "config": {"name": "fc2", "units": 3}},
              {"class_name": "QDense", "config": {"name": "fc3", "units": 2}}]}}
            """;
        var model = new KerasJsonReader().Read(json, "m.keras");
        Assert.Equal(["layers/input_layer", "layers/q_dense", "layers/dense", "layers/q_dense_1"], model.Layers.Select(l => l.Location!.Keras3Path).ToArray());
        Assert.Equal(["in", "fc1", "fc2"], model.Layers.Skip(1).Select(l => l.Inbound.Single()).ToArray());
    }

    [Fact]
    public void NestedModelCalledTwiceIsAClearError()
    {
        const string json = """
            {"class_name": "Functional", "config": {"name": "m", "layers": [
              {"class_name": "InputLayer", "config": {"batch_input_shape": [null, 4], "name": "x"}, "name": "x", "inbound_nodes": []},
              {"class_name": "Sequential", "config": {"name": "s", "layers": [{"class_name": "Dense", "config": {"name": "d", "units": 4}}]},
               "name": "s", "inbound_nodes": [[["x", 0, 0, {}]], [["x", 0, 0, {}]]]}],
              "input_layers": [["x", 0, 0]], "output_layers": [["s", 0, 0]]}}
            """;
        var e = Assert.Throws<ModelLoadException>(() => new KerasJsonReader().Read(json, "m.h5"));
        Assert.Contains("nested model 's' is called 2 times", e.Message);
    }

    [Theory]
    [InlineData("quantized_relu(4,0,1)", "use_sigmoid")]
    [InlineData("quantized_relu(4,0,negative_slope=0.3)", "negative_slope=0.3")]
    [InlineData("quantized_bits(4,0,alpha='auto')", "alpha")]
    public void UnsupportedActivationQuantizerSettingsAreNamed(string spec, string named)
    {
        var e = Assert.Throws<ModelLoadException>(() => new QKerasQuantizers().ForActivation(new QuantizerSpecParser().Parse(spec, "layer 'a'"), "layer 'a'"));
        Assert.Contains(named, e.Message);
    }

    [Fact]
    public void UnknownAlphaIsAClearError()
    {
        var e = Assert.Throws<ModelLoadException>(() => new QKerasQuantizers().ForAlpha(new QuantizerSpecParser().Parse("quantized_bits(4,0,alpha='best')", "layer 'q'"), "layer 'q'"));
        Assert.Contains("layer 'q'", e.Message);
        Assert.Contains("alpha=best", e.Message);
    }
}
