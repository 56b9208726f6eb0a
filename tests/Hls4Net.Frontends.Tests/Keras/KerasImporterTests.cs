using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Frontends.Keras;
using Hls4Net.TestSupport;

namespace Hls4Net.Frontends.Tests.Keras;

public class KerasImporterTests
{
    private static Graph Import(string json, string h5) => new KerasImporter().Import(RepoPaths.KerasModel(json), RepoPaths.KerasModel(h5));

    [SharedModelFact]
    public void ThreeLayerJetTagger()
    {
        var g = Import("KERAS_3layer.json", "KERAS_3layer_weights.h5");

        Assert.Equal(
            "input input_1[16]\n" +
            "fc1_relu = Dense(16->64)(input_1) -> [64]\nfc1_relu_relu = Relu(fc1_relu) -> [64]\n" +
            "fc2_relu = Dense(64->32)(fc1_relu_relu) -> [32]\nfc2_relu_relu = Relu(fc2_relu) -> [32]\n" +
            "fc3_relu = Dense(32->32)(fc2_relu_relu) -> [32]\nfc3_relu_relu = Relu(fc3_relu) -> [32]\n" +
            "output_softmax = Dense(32->5)(fc3_relu_relu) -> [5]\noutput_softmax_softmax = Softmax(output_softmax) -> [5]\n" +
            "outputs output_softmax_softmax\n",
            new GraphPrinter().Print(g));
        Assert.Equal(16 * 64 + 64 + 64 * 32 + 32 + 32 * 32 + 32 + 32 * 5 + 5, g.Nodes.Sum(n => n.Op.ParameterCount));
    }

    [SharedModelFact]
    public void PrunedWeightsKeepTheirZeros()
    {
        var g = Import("KERAS_3layer.json", "KERAS_3layer_70pruned_retrained_weights.h5");
        var weights = g.Nodes.Select(n => n.Op).OfType<DenseOp>().SelectMany(d => d.Weights.Data).ToList();
        var zeroFraction = weights.Count(w => w == 0) / (double)weights.Count;
        Assert.InRange(zeroFraction, 0.6, 0.8);
    }

    [SharedModelFact]
    public void BinaryDenseWeightsAreSignsWithExactTypeHints()
    {
        var g = Import("KERAS_3layer_binary_smaller.json", "KERAS_3layer_binary_smaller_weights.h5");
        var fc1 = g.FindNode("fc1")!;
        var dense = Assert.IsType<DenseOp>(fc1.Op);
        Assert.All(dense.Weights.Data, w => Assert.True(w is 1 or -1));
        Assert.Equal(FixedType.Parse("ap_int<2>"), fc1.Annotations.Get(ImportHints.WeightType));
        Assert.Equal(ActivationKind.BinaryTanh, Assert.IsType<ActivationOp>(g.FindNode("act1")!.Op).Function);
        Assert.IsType<BatchNormOp>(g.FindNode("bn1")!.Op);
        Assert.Equal(new Shape(5), g.Outputs.Single().Shape);
    }

    [SharedModelFact]
    public void QKerasQuantizersBecomeTypesAndQuantizedWeights()
    {
        var g = Import("qkeras_mnist_dense.json", "qkeras_mnist_dense_weights.h5");
        var dense3 = g.FindNode("q_dense_3")!;
        // quantized_bits(4,0,symmetric=1): steps of 1/8 in [-7/8, 7/8], held in ap_fixed<4,1>.
        Assert.Equal(FixedType.Parse("ap_fixed<4,1>"), dense3.Annotations.Get(ImportHints.WeightType));
        Assert.All(((DenseOp)dense3.Op).Weights.Data, w => Assert.True(w * 8 == Math.Round(w * 8) && Math.Abs(w) <= 0.875));
        // quantized_po2(4, max_value=1): ±2^e with e in [-8, 0].
        var dense2 = (DenseOp)g.FindNode("q_dense_2")!.Op;
        Assert.All(dense2.Weights.Data, w => Assert.Contains(Math.Abs(w), Enumerable.Range(0, 9).Select(e => (float)Math.Pow(2, -e))));
        // quantized_relu(3,1): unsigned 3 bits with 1 integer bit, rounding half to even, saturating.
        Assert.Equal(FixedType.Parse("ap_ufixed<3,1,AP_RND_CONV,AP_SAT>"), g.FindNode("q_activation_3")!.Annotations.Get(ImportHints.ResultType));
        Assert.IsType<SoftmaxOp>(g.FindNode("activation_3")!.Op);
    }

    [SharedModelFact]
    public void DeepModelWithDropout()
    {
        var g = Import("KERAS_dense_16x100x100x100x100x100x5.json", "KERAS_dense_16x100x100x100x100x100x5_weights.h5");
        Assert.Equal(6, g.Nodes.Count(n => n.Op is DenseOp));
        Assert.Equal(4, g.Nodes.Count(n => n.Op is IdentityOp { Origin: "Dropout" }));
    }
}
