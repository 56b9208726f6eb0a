using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Tests.Onnx;

public class OnnxBatchNormTests
{
    private static OnnxModelBuilder Bn(long opset, params (string, object)[] attrs) =>
        new OnnxModelBuilder(opset, "bn").Input("x", 2).Output("y", 2)
            .Init("gamma", [2], [2f, 0.5f]).Init("beta", [2], [1f, -1f])
            .Init("mean", [2], [3f, -2f]).Init("var", [2], [3f, 0.25f])
            .Node("BatchNormalization", "bn1", ["x", "gamma", "beta", "mean", "var"], "y", attrs);

    [Fact]
    public void Statistics_FoldToScaleAndShift()
    {
        // eps = 1: scale = gamma / sqrt(var + 1) = (2/2, 0.5/1.118...) ; shift = beta - mean * scale.
        var op = (BatchNormOp)Bn(13, ("epsilon", 1f)).Import().Nodes[0].Op;
        Assert.Equal(1f, op.Scale.Data[0]);
        Assert.Equal((float)(0.5 / Math.Sqrt(1.25)), op.Scale.Data[1]);
        Assert.Equal(1f - 3f, op.Shift.Data[0]);
        Assert.Equal((float)(-1 + 2 * (0.5 / Math.Sqrt(1.25))), op.Shift.Data[1]);
    }

    [Fact]
    public void DefaultEpsilon_Is1eMinus5()
    {
        var op = (BatchNormOp)Bn(9, ("momentum", 0.9f)).Import().Nodes[0].Op;
        Assert.Equal((float)(2 / Math.Sqrt(3 + 1e-5)), op.Scale.Data[0]);
        Assert.Equal("input x[2]\nbn1 = BatchNormalization(x) -> [2]\noutputs y\n", Bn(9).Print());
    }

    [Fact]
    public void TransposePairAroundBatchNorm_FromOldKerasExports_IsPerFeatureNormalization()
    {
        var m = new OnnxModelBuilder(7, "bnt").Input("x", 2).Output("y", 2)
            .Init("gamma", [2], [1f, 1f]).Init("beta", [2], [0f, 0f]).Init("mean", [2], [0f, 0f]).Init("var", [2], [1f, 1f])
            .Node("Transpose", "t1", ["x"], "xt")
            .Node("BatchNormalization", "bn", ["xt", "gamma", "beta", "mean", "var"], "bt", ("spatial", 1L))
            .Node("Transpose", "t2", ["bt"], "y");
        Assert.Equal("input x[2]\nbn = BatchNormalization(x) -> [2]\noutputs y\n", m.Print());
    }

    [Fact]
    public void BatchSwappedValue_ReadByAnotherOp_IsRejected()
    {
        var m = new OnnxModelBuilder(9, "bnt").Input("x", 2).Output("y", 2)
            .Node("Transpose", "t1", ["x"], "xt")
            .Node("Relu", "r", ["xt"], "y");
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.StartsWith("unsupported input 0 ('xt') of ONNX op 'Relu' (node 'r') in model 'bnt.onnx': its batch axis was moved", ex.Message);
    }

    [Fact]
    public void TrainingMode_IsRejected()
    {
        var ex = Assert.Throws<ModelLoadException>(() => Bn(15, ("training_mode", 1L)).Import());
        Assert.StartsWith("unsupported value 1 for attribute 'training_mode' of ONNX op 'BatchNormalization' (node 'bn1')", ex.Message);
    }
}
