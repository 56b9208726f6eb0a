using Hls4Net.Frontends.Onnx.Proto;
using Hls4Net.Frontends.Tests.Onnx;

namespace Hls4Net.Frontends.Tests.Conv;

public class ConvBadInputTests
{
    private static ModelLoadException Fails(OnnxModelBuilder m) => Assert.Throws<ModelLoadException>(() => m.Import());

    private static OnnxModelBuilder WithString(OnnxModelBuilder m, string attribute, string value)
    {
        m.Graph.Node[^1].Attribute.Add(new AttributeProto { Name = attribute, Type = AttributeProto.Types.AttributeType.String, S = Google.Protobuf.ByteString.CopyFromUtf8(value) });
        return m;
    }

    [Fact]
    public void Computed_pads_are_rejected_naming_the_node()
    {
        var m = new OnnxModelBuilder().Input("x", 1, 4, 4).Input("pads", 8).Output("y", 1, 6, 6)
            .Node("Pad", "my_pad", ["x", "pads"], "y");
        var e = Fails(m);
        Assert.Contains("my_pad", e.Message);
        Assert.Contains("constant", e.Message);
    }

    [Fact]
    public void Reflect_padding_and_non_zero_constant_are_rejected()
    {
        var m = WithString(new OnnxModelBuilder().Input("x", 1, 4, 4).Output("y", 1, 6, 6).InitInt64("pads", 0, 0, 1, 1, 0, 0, 1, 1)
            .Node("Pad", "reflect_pad", ["x", "pads"], "y"), "mode", "reflect");
        Assert.Contains("reflect_pad", Fails(m).Message);
        var m2 = new OnnxModelBuilder().Input("x", 1, 4, 4).Output("y", 1, 6, 6).InitInt64("pads", 0, 0, 1, 1, 0, 0, 1, 1)
            .Init("v", [], [1f]).Node("Pad", "one_pad", ["x", "pads", "v"], "y");
        Assert.Contains("one_pad", Fails(m2).Message);
    }

    [Fact]
    public void Pool_configs_we_cannot_implement_are_rejected()
    {
        var ceil = new OnnxModelBuilder().Input("x", 1, 5, 5).Output("y", 1, 3, 3)
            .Node("AveragePool", "ceil_pool", ["x"], "y", ("kernel_shape", new long[] { 2, 2 }), ("strides", new long[] { 2, 2 }), ("ceil_mode", 1L), ("count_include_pad", 1L));
        Assert.Contains("ceil_pool", Fails(ceil).Message);
        var bigPad = new OnnxModelBuilder().Input("x", 1, 5, 5).Output("y", 1, 3, 3)
            .Node("AveragePool", "pad_pool", ["x"], "y", ("kernel_shape", new long[] { 2, 2 }), ("pads", new long[] { 2, 2, 2, 2 }));
        Assert.Contains("pad_pool", Fails(bigPad).Message);
    }

    [Fact]
    public void Grouping_that_does_not_divide_the_channels_and_dynamic_shapes_are_rejected()
    {
        var grouped = new OnnxModelBuilder().Input("x", 4, 5).Output("y", 4, 3)
            .Init("w", [4, 2, 3], new float[24])
            .Node("Conv", "grouped_conv", ["x", "w"], "y", ("group", 3L), ("kernel_shape", new long[] { 3 }));
        Assert.Contains("grouped_conv", Fails(grouped).Message);

        var dynamic = new OnnxModelBuilder().Input("x", 2, 5).Output("y", 2, 5)
            .Node("Relu", "r", ["x"], "y");
        dynamic.Graph.Input[0].Type.TensorType.Shape.Dim[2] = new TensorShapeProto.Types.Dimension { DimParam = "L" };
        var e = Fails(dynamic);
        Assert.Contains("'x'", e.Message);
    }

    [Fact]
    public void Resize_with_non_integer_scale_is_rejected()
    {
        var m = new OnnxModelBuilder().Input("x", 1, 4, 4).Output("y", 1, 6, 6)
            .Init("scales", [4], [1f, 1f, 1.5f, 1.5f])
            .Node("Resize", "half_resize", ["x", "", "scales"], "y");
        Assert.Contains("half_resize", Fails(m).Message);
    }
}
