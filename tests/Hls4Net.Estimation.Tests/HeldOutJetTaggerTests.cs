using Hls4Net.Core.Config;
using Hls4Net.Core.Passes;
using Hls4Net.Frontends.Keras;
using Hls4Net.TestSupport;

namespace Hls4Net.Estimation.Tests;

/// <summary>
/// Held-out check (not in shared/estimator/synthesis-reports.csv): the jet-tagger MLP 16-64-32-32-5
/// (shared/models/keras/KERAS_3layer.json with the 70%-pruned weights KERAS_3layer_70pruned_retrained_weights.h5) at
/// hls4ml's default precision ap_fixed&lt;16,6&gt;, reuse factor 1, io_parallel, xcku115-flvb2104-2-i, 5 ns clock
/// (0.62 ns uncertainty). Published figure: Vivado HLS latency of 22 clock cycles, in hls4ml pull request #86
/// (J. Duarte, 2018-08-08, https://github.com/fastmachinelearning/hls4ml/pull/86, "got latency of 22 clocks for the
/// 3-layer model"). The pull request's resource table could not be retrieved, so only the latency is checked; the
/// documented bound is the held-out HLS latency worst case of docs/estimator.md.
/// </summary>
public sealed class HeldOutJetTaggerTests
{
    private const double PublishedLatencyCycles = 22;

    [SharedModelFact]
    public void LatencyIsWithinTheDocumentedHeldOutError()
    {
        var graph = new KerasImporter().Import(RepoPaths.KerasModel("KERAS_3layer.json"), RepoPaths.KerasModel("KERAS_3layer_70pruned_retrained_weights.h5"));
        var config = new ProjectConfig { Part = "xcku115-flvb2104-2-i", ClockPeriod = 5, ClockUncertainty = "0.62" };
        DefaultPipeline.Create().Run(graph, new PassContext(config));
        var estimate = HandBuilt.Estimator().Estimate(graph, config, new FpgaPartCatalog(), flavor: TemplateFlavor.Hls4ml);
        var error = 100 * Math.Abs(estimate.LatencyCycles - PublishedLatencyCycles) / PublishedLatencyCycles;
        var bound = CalibrationTests.DocumentedErrors()[("HLS estimate", "latency")].Worst;
        Assert.True(error <= bound, $"estimated {estimate.LatencyCycles} cycles against the published {PublishedLatencyCycles}: {error:0.0}% > documented worst {bound}%");
        Assert.True(estimate.Total.Dsp > 0 && estimate.Total.Dsp < 4256 * 0.5, $"{estimate.Total.Dsp} DSP: 70% of the 4256 weights are pruned, so at most half the products remain");
    }
}
