using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Frontends.Tests.Onnx;
using Hls4Net.TestSupport;

namespace Hls4Net.Conformance.Tests;

/// <summary>
/// Issue 6's suite graphs, built here as ONNX (channels-first, as PyTorch exports them): a branch with a merge,
/// and explicit padding with a stride-2 convolution. Emulator and C simulation must agree on every bit, in
/// io_parallel and io_stream, under both semantics, and the only transpose left is the one at the channels-first input.
/// </summary>
[StartsFirst(6)]
public sealed class BuiltGraphConformanceTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("hls4net-built-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [InlineData("branch_merge", "io_parallel", "hls4ml")]
    [InlineData("branch_merge", "io_stream", "hls4ml")]
    [InlineData("pad_stride2", "io_parallel", "hls4ml")]
    [InlineData("pad_stride2", "io_stream", "hls4ml")]
    [InlineData("branch_merge", "io_parallel", "exact")]
    [InlineData("branch_merge", "io_stream", "exact")]
    [InlineData("pad_stride2", "io_parallel", "exact")]
    [InlineData("pad_stride2", "io_stream", "exact")]
    public void BuiltGraphsAreBitExact(string graph, string ioType, string semantics)
    {
        var path = WriteModel(graph, _dir.FullName);
        var samples = SampleSet.Random(500, 2 * 8 * 8, seed: 23);

        var result = new ConformanceRunner().Run(path, null, null, new ConfigOverrides { IoType = ioType, Semantics = semantics }, samples);

        Assert.True(result.Report.AllBitExact, $"{graph}/{ioType}/{semantics}: {result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
        // The channels-first input needs one layout change at the very start; every other Transpose is folded away.
        Assert.Equal(1, result.Graph.Nodes.Count(n => n.Op.Kind == "Transpose"));
        Assert.Equal("Transpose", result.Graph.Nodes[0].Op.Kind);
    }

    /// <summary>Write the built graph <paramref name="graph"/> (branch_merge or pad_stride2) as <c>&lt;dir&gt;/&lt;graph&gt;.onnx</c>.</summary>
    internal static string WriteModel(string graph, string dir)
    {
        var path = Path.Combine(dir, graph + ".onnx");
        File.WriteAllBytes(path, (graph == "branch_merge" ? BranchMerge() : PadStride2()).Bytes());
        return path;
    }

    /// <summary>x[2,8,8] → Conv3x3(pad 1) → Relu → {Conv3x3(pad 1), Conv1x1} → Add → Relu → Flatten → Gemm(5) → Softmax.</summary>
    private static OnnxModelBuilder BranchMerge() => new OnnxModelBuilder(13, "branch_merge")
        .Input("x", 2, 8, 8)
        .Init("w0", [4, 2, 3, 3], Weights(4 * 2 * 9, 1)).Init("b0", [4], Weights(4, 2))
        .Init("wa", [4, 4, 3, 3], Weights(4 * 4 * 9, 3)).Init("ba", [4], Weights(4, 4))
        .Init("wb", [4, 4, 1, 1], Weights(16, 5)).Init("bb", [4], Weights(4, 6))
        .Init("wd", [5, 256], Weights(5 * 256, 7)).Init("bd", [5], Weights(5, 8))
        .Node("Conv", "conv0", ["x", "w0", "b0"], "c0", ("kernel_shape", new long[] { 3, 3 }), ("pads", new long[] { 1, 1, 1, 1 }))
        .Node("Relu", "relu0", ["c0"], "r0")
        .Node("Conv", "conv_a", ["r0", "wa", "ba"], "ca", ("kernel_shape", new long[] { 3, 3 }), ("pads", new long[] { 1, 1, 1, 1 }))
        .Node("Conv", "conv_b", ["r0", "wb", "bb"], "cb", ("kernel_shape", new long[] { 1, 1 }))
        .Node("Add", "merge", ["ca", "cb"], "m")
        .Node("Relu", "relu1", ["m"], "r1")
        .Node("Flatten", "flatten", ["r1"], "f", ("axis", 1L))
        .Node("Gemm", "dense", ["f", "wd", "bd"], "d", ("transB", 1L))
        .Node("Softmax", "softmax", ["d"], "y", ("axis", -1L))
        .Output("y", 5);

    /// <summary>x[2,8,8] → Pad(1,2 / 2,1) → Conv3x3 stride 2 → Relu → MaxPool 2x2 → Flatten → Gemm(4).</summary>
    private static OnnxModelBuilder PadStride2() => new OnnxModelBuilder(13, "pad_stride2")
        .Input("x", 2, 8, 8)
        .InitInt64("pads", 0, 0, 1, 2, 0, 0, 2, 1)
        .Init("w0", [3, 2, 3, 3], Weights(3 * 2 * 9, 11)).Init("b0", [3], Weights(3, 12))
        .Init("wd", [4, 12], Weights(4 * 12, 13)).Init("bd", [4], Weights(4, 14))
        .Node("Pad", "pad", ["x", "pads"], "p")
        .Node("Conv", "conv", ["p", "w0", "b0"], "c", ("kernel_shape", new long[] { 3, 3 }), ("strides", new long[] { 2, 2 }))
        .Node("Relu", "relu", ["c"], "r")
        .Node("MaxPool", "pool", ["r"], "mp", ("kernel_shape", new long[] { 2, 2 }), ("strides", new long[] { 2, 2 }))
        .Node("Flatten", "flatten", ["mp"], "f", ("axis", 1L))
        .Node("Gemm", "dense", ["f", "wd", "bd"], "y", ("transB", 1L))
        .Output("y", 4);

    private static float[] Weights(int n, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => (float)(rng.NextDouble() - 0.5)).ToArray();
    }
}
