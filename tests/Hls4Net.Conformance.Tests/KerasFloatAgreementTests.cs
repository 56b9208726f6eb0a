using Hls4Net.Core.Data;
using Hls4Net.Emulation.Float;
using Hls4Net.Frontends.Keras;
using Hls4Net.Frontends.Keras.Hdf5;
using Hls4Net.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Conformance.Tests;

/// <summary>The float forward pass of an imported Keras graph matches a forward pass written here from the raw H5 weights.</summary>
public class KerasFloatAgreementTests
{
    [SharedModelFact]
    public void JetTaggerFloatForwardPassMatchesHandWrittenOne()
    {
        var json = RepoPaths.KerasModel("KERAS_3layer.json");
        var h5Path = RepoPaths.KerasModel("KERAS_3layer_weights.h5");
        var graph = new KerasImporter().Import(json, h5Path);
        var samples = SampleSet.Random(200, 16, seed: 3);

        var imported = new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(graph, samples.Flatten(), samples.Count).Outputs.Single();

        using var h5 = Hdf5File.Open(h5Path);
        var layers = new[] { "fc1_relu", "fc2_relu", "fc3_relu", "output_softmax" };
        for (var s = 0; s < samples.Count; s++)
        {
            var x = samples.Rows[s];
            foreach (var layer in layers)
            {
                var w = h5.ReadFloats($"/{layer}/{layer}/kernel:0", out var dims);
                var b = h5.ReadFloats($"/{layer}/{layer}/bias:0", out _);
                var y = new double[dims[1]];
                for (var j = 0; j < dims[1]; j++)
                {
                    double acc = b[j];
                    for (var i = 0; i < dims[0]; i++) acc += x[i] * w[i * dims[1] + j];
                    y[j] = layer == "output_softmax" ? acc : Math.Max(acc, 0);
                }
                x = layer == "output_softmax" ? Softmax(y) : y;
            }
            for (var j = 0; j < 5; j++) Assert.Equal(x[j], imported[s * 5 + j], 1e-5);
        }
    }

    private static double[] Softmax(double[] v)
    {
        var max = v.Max();
        var e = v.Select(t => Math.Exp(t - max)).ToArray();
        var sum = e.Sum();
        return e.Select(t => t / sum).ToArray();
    }
}
