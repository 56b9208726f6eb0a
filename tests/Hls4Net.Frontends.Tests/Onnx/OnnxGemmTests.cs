using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Tests.Onnx;

public class OnnxGemmTests
{
    // B for transB=0 is [nIn=2, nOut=3]; the transB=1 form stores the same matrix transposed as [3, 2].
    private static readonly float[] BKxN = [1, 2, 3, 4, 5, 6];
    private static readonly float[] BNxK = [1, 4, 2, 5, 3, 6];

    private static OnnxModelBuilder Gemm(float[] b, long[] bDims, params (string, object)[] attrs) =>
        new OnnxModelBuilder(13, "gemm")
            .Input("x", 2).Output("y", 3)
            .Init("B", bDims, b).Init("C", [3], [0.5f, -1f, 2f])
            .Node("Gemm", "/fc1/Gemm", ["x", "B", "C"], "y", attrs);

    [Fact]
    public void TransB0_KeepsWeightsAsNInByNOut()
    {
        var m = Gemm(BKxN, [2, 3]);
        Assert.Equal("input x[2]\n/fc1/Gemm = Dense(2->3)(x) -> [3]\noutputs y\n", m.Print());
        var dense = (DenseOp)m.Import().Nodes[0].Op;
        Assert.Equal(new float[] { 1, 2, 3, 4, 5, 6 }, dense.Weights.Data);
        Assert.Equal(new float[] { 0.5f, -1f, 2f }, dense.Bias.Data);
    }

    [Fact]
    public void TransB1_PyTorchLayout_IsTransposedIntoNInByNOut()
    {
        var dense = (DenseOp)Gemm(BNxK, [3, 2], ("transB", 1L)).Import().Nodes[0].Op;
        Assert.Equal(2, dense.InputSize);
        Assert.Equal(3, dense.OutputSize);
        // w[i*3+j] = B[j,i]: row 0 = (1,2,3), row 1 = (4,5,6).
        Assert.Equal(new float[] { 1, 2, 3, 4, 5, 6 }, dense.Weights.Data);
    }

    [Fact]
    public void AlphaAndBeta_AreFoldedIntoWeightsAndBias()
    {
        var dense = (DenseOp)Gemm(BNxK, [3, 2], ("transB", 1L), ("alpha", 0.5f), ("beta", 2f)).Import().Nodes[0].Op;
        Assert.Equal(new float[] { 0.5f, 1, 1.5f, 2, 2.5f, 3 }, dense.Weights.Data);
        Assert.Equal(new float[] { 1f, -2f, 4f }, dense.Bias.Data);
    }

    [Fact]
    public void MissingC_GivesZeroBias_AndScalarCBroadcasts()
    {
        var noC = new OnnxModelBuilder().Input("x", 2).Output("y", 3).Init("B", [2, 3], BKxN)
            .Node("Gemm", "g", ["x", "B"], "y").Import();
        Assert.Equal(new float[3], ((DenseOp)noC.Nodes[0].Op).Bias.Data);

        var scalarC = new OnnxModelBuilder().Input("x", 2).Output("y", 3).Init("B", [2, 3], BKxN).Init("C", [1], [7f])
            .Node("Gemm", "g", ["x", "B", "C"], "y", ("beta", 0.5f)).Import();
        Assert.Equal(new float[] { 3.5f, 3.5f, 3.5f }, ((DenseOp)scalarC.Nodes[0].Op).Bias.Data);
    }

    [Fact]
    public void TransA_OnBatchInput_IsAnErrorNamingTheNode()
    {
        var ex = Assert.Throws<ModelLoadException>(() => Gemm(BKxN, [2, 3], ("transA", 1L)).Import());
        Assert.StartsWith("unsupported input 0 ('x') of ONNX op 'Gemm' (node '/fc1/Gemm') in model 'gemm.onnx': the batch axis would be summed over", ex.Message);
    }

    [Fact]
    public void MatMulPlusAdd_GivesMatMulAndBiasAdd()
    {
        var m = new OnnxModelBuilder(9, "mm").Input("input_1", 2).Output("out", 3)
            .Init("W", [2, 3], BKxN, raw: true).Init("B", [3], [1f, 2f, 3f])
            .Node("MatMul", "dense/MatMul", ["input_1", "W"], "mm")
            .Node("Add", "dense/BiasAdd", ["B", "mm"], "out");
        Assert.Equal("input input_1[2]\ndense/MatMul = MatMul(2->3)(input_1) -> [3]\ndense/BiasAdd = BiasAdd(mm) -> [3]\noutputs out\n", m.Print());
        var g = m.Import();
        Assert.Equal(BKxN, ((MatMulOp)g.Nodes[0].Op).Weights.Data);
        Assert.Equal(new float[] { 1, 2, 3 }, ((BiasAddOp)g.Nodes[1].Op).Bias.Data);
    }

    [Fact]
    public void AddOfTwoComputedTensors_IsAnElementwiseMerge()
    {
        var m = new OnnxModelBuilder().Input("a", 2).Input("b", 2).Output("y", 2).Node("Add", "sum", ["a", "b"], "y");
        var g = m.Import();
        var sum = Assert.Single(g.Nodes);
        Assert.Equal(Hls4Net.Core.Ir.Ops.ElementwiseKind.Add, Assert.IsType<Hls4Net.Core.Ir.Ops.ElementwiseOp>(sum.Op).Operation);
        Assert.Equal(2, sum.Inputs.Count);
    }
}
