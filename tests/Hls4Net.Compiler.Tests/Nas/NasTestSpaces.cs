using Hls4Net.Nas.Space;

namespace Hls4Net.Compiler.Tests.Nas;

/// <summary>Small spaces the NAS tests search.</summary>
internal static class NasTestSpaces
{
    /// <summary>12 MLPs (depth 1–2 of widths 8 or 32, ReLU or tanh) × 8 hardware choices.</summary>
    public const string TinyMlpYaml = """
        name: tiny
        model: mlp
        input: [16]
        outputs: 5
        output_activation: softmax
        activations: [relu, tanh]
        dense:
          depth: [1, 2]
          widths: [8, 32]
        hardware:
          precisions: ["ap_fixed<16,6>", "ap_fixed<8,3>"]
          reuse_factors: [1, 4]
          strategies: [Latency, Resource]
        """;

    /// <summary>One 1D CNN block (4 filters, kernel 3, max2 or none) on [2, 12], a head of 0 or 1 layers of 6, 3 outputs.</summary>
    public const string TinyCnnYaml = """
        name: tinycnn
        model: cnn1d
        input: [2, 12]
        outputs: 3
        activations: [relu]
        blocks:
          count: 1
          filters: [4]
          kernel_sizes: [3]
          pooling: [none, max2]
        dense:
          depth: [0, 1]
          widths: [6]
        hardware:
          bits:
            weights: [8]
            activations: [16]
        """;

    /// <summary>One or two 2D blocks (3 filters, kernel 2 or 5, max2) on [1, 6, 6], 2 outputs: kernel 5 after a first block is too large.</summary>
    public const string TinyCnn2DYaml = """
        name: tiny2d
        model: cnn2d
        input: [1, 6, 6]
        outputs: 2
        activations: [relu]
        blocks:
          count: [1, 2]
          filters: [3]
          kernel_sizes: [2, 5]
          pooling: [none]
        dense:
          depth: 0
          widths: [4]
        hardware:
          precisions: ["ap_fixed<16,6>"]
        """;

    public static NasSpace TinyCnn2D() => new NasSpaceReader().Read(TinyCnn2DYaml, "tiny2d.yml");

    public static NasSpace TinyMlp() => new NasSpaceReader().Read(TinyMlpYaml, "tiny.yml");

    public static NasSpace TinyCnn() => new NasSpaceReader().Read(TinyCnnYaml, "tinycnn.yml");
}
