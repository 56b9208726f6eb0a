using Google.Protobuf;
using Hls4Net.Frontends.Onnx;
using Hls4Net.Frontends.Onnx.Proto;

namespace Hls4Net.Frontends.Tests.Onnx;

public class OnnxBadInputTests
{
    private static OnnxModelBuilder Dense() =>
        new OnnxModelBuilder(13, "dense").Input("x", 2).Output("y", 3)
            .Init("W", [2, 3], [1, 2, 3, 4, 5, 6]).Init("B", [3], [0, 0, 0])
            .Node("Gemm", "fc", ["x", "W", "B"], "y");

    [Fact]
    public void TruncatedFile_IsOneErrorNamingTheFile()
    {
        var bytes = Dense().Bytes();
        var path = Path.Combine(Path.GetTempPath(), $"hls4net-truncated-{Guid.NewGuid():N}.onnx");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        try
        {
            var ex = Assert.Throws<ModelLoadException>(() => new OnnxImporter().Import(path));
            Assert.StartsWith($"'{Path.GetFileName(path)}' is not a valid ONNX model", ex.Message);
            Assert.DoesNotContain('\n', ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomBytes_AreRejectedNamingTheModel(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);
        var ex = Assert.Throws<ModelLoadException>(() => new OnnxImporter().Import(bytes, "noise.onnx"));
        Assert.StartsWith("'noise.onnx' is not a valid ONNX model", ex.Message);
    }

    [Fact]
    public void MissingFile_IsAModelLoadException()
    {
        var ex = Assert.Throws<ModelLoadException>(() => new OnnxImporter().Import("/nonexistent/dir/model.onnx"));
        Assert.Contains("/nonexistent/dir/model.onnx", ex.Message);
    }

    [Fact]
    public void ExternalData_IsNotSupportedYet()
    {
        var m = Dense();
        var w = m.Graph.Initializer[0];
        w.FloatData.Clear();
        w.DataLocation = TensorProto.Types.DataLocation.External;
        w.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = "weights.bin" });
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.Equal("external tensor data is not supported yet (tensor 'W' in model 'dense.onnx')", ex.Message);
    }

    [Fact]
    public void UnsupportedAttribute_IsNamed()
    {
        var m = new OnnxModelBuilder(13, "attr").Input("x", 4).Output("y", 4).Node("Relu", "r", ["x"], "y", ("slope", 2f));
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.Equal("unsupported attribute 'slope' of ONNX op 'Relu' (node 'r') in model 'attr.onnx'", ex.Message);
    }

    [Fact]
    public void UnsupportedOp_IsNamedWithNode()
    {
        var m = new OnnxModelBuilder(13, "x").Input("x", 4).Output("y", 4).Node("Relu", "r", ["x"], "h").Node("Mish", "mish1", ["h"], "y");
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.StartsWith("unsupported ONNX op 'Mish' (node 'mish1') in model 'x.onnx': not supported; use Relu", ex.Message);
    }

    [Fact]
    public void CustomDomainOp_IsUnsupported()
    {
        var m = new OnnxModelBuilder(13, "x").Input("x", 4).Output("y", 4).Node("Relu", "r", ["x"], "y");
        m.Graph.Node[0].Domain = "com.example";
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.Equal("unsupported ONNX op 'Relu' from domain 'com.example' (node 'r') in model 'x.onnx': only the default ONNX domain (ai.onnx) and ai.onnx.ml, finn.custom_op.general, qonnx.custom_op.general are supported; export without custom or contrib ops", ex.Message);
    }

    [Fact]
    public void WrongSizedWeights_AreAnErrorNotACrash()
    {
        var m = Dense();
        m.Graph.Initializer[0].FloatData.RemoveAt(0);
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.Equal("tensor 'W' in model 'dense.onnx' holds 5 values but its shape [2,3] needs 6", ex.Message);
    }

    [Fact]
    public void WeightShapeMismatch_NamesNode()
    {
        var m = new OnnxModelBuilder(13, "mm").Input("x", 4).Output("y", 3).Init("W", [2, 3], [1, 2, 3, 4, 5, 6])
            .Node("MatMul", "mm1", ["x", "W"], "y");
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.StartsWith("ONNX op 'MatMul' does not fit its input shape (node 'mm1') in model 'mm.onnx'", ex.Message);
    }

    [Fact]
    public void SymbolicFeatureAxis_IsRejected()
    {
        var m = Dense();
        m.Graph.Input[0].Type.TensorType.Shape.Dim[1].DimParam = "F";
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.StartsWith("graph input 'x' of model 'dense.onnx' has an unknown or invalid size on axis 1 ('F')", ex.Message);
    }

    [Fact]
    public void RawDataFloats_AreLittleEndianFloat32()
    {
        var m = new OnnxModelBuilder(13, "raw").Input("x", 2).Output("y", 2)
            .Init("b", [2], [1.5f, -0.25f], raw: true).Node("Add", "add", ["x", "b"], "y");
        // An Add of a constant that follows no MatMul is a per-channel shift (scale 1).
        var op = (Hls4Net.Core.Ir.Ops.BatchNormOp)m.Import().Nodes[0].Op;
        Assert.Equal(new[] { 1.5f, -0.25f }, op.Shift.Data);
        // The raw bytes of 1.5f little-endian are 00 00 C0 3F.
        Assert.Equal(new byte[] { 0, 0, 0xC0, 0x3F }, m.Graph.Initializer[0].RawData.ToByteArray()[..4]);
    }
}
