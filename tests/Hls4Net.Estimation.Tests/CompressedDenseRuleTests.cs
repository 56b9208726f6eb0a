using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Estimation.Tests;

/// <summary>
/// Zero weights are free in a pruned Resource-strategy Dense layer stored compressed (nnet::dense_compressed): only the
/// nonzero weights take multipliers and memory, each stored with a row and a column index, in io_parallel and io_stream.
/// </summary>
public sealed class CompressedDenseRuleTests
{
    // 32→16, weight k = i·16 + j kept when k % 4 == 0 (128 of 512), each 0.01·(k % 50 + 1) (never 0 in ap_fixed<16,6>:
    // 0.01 → raw 10). Index bits: 31 needs 5.
    private static DenseOp Pruned(int keepOneIn)
    {
        var weights = Enumerable.Range(0, 32 * 16).Select(k => k % keepOneIn == 0 ? 0.01f * (k % 50 + 1) : 0f).ToArray();
        return new DenseOp(HandBuilt.Tensor([32, 16], weights), HandBuilt.Tensor([16], new float[16]));
    }

    [Fact]
    public void OnlyNonzeroWeightsTakeMultipliersAndMemory()
    {
        var (_, node) = HandBuilt.Single(Pruned(4), new Shape(32), hardware: new LayerHardware(Strategy.Resource, 16));
        var e = new DenseCostRule().Estimate(node, HandBuilt.Context());
        // Compressed: ⌈128 / 16⌉ = 8 multipliers < ⌈512 / 16⌉ = 32.
        Assert.Equal(8, e.Resources.Dsp);
        // One memory 16 deep × 8 × (16 + 10) = 208 bits wide: ⌈208/36⌉ × ⌈16/512⌉ = 6 BRAM_18K (uncompressed: 15).
        Assert.Equal(6, e.Resources.Bram18K);
        Assert.Equal(16, e.Ii);
        Assert.Contains("384 zero weights dropped by compressed storage", e.Reasons.Dsp);
    }

    [Fact]
    public void ALayerWhoseZerosSaveNoMultiplierIsNotCompressed()
    {
        // One in ten zero (52 of 512): ⌈460/16⌉ = 29 < 32 multipliers, compressed.
        var (_, light) = HandBuilt.Single(WithZeros(k => k % 10 == 0), new Shape(32), hardware: new LayerHardware(Strategy.Resource, 16));
        Assert.Equal(29, new DenseCostRule().Estimate(light, HandBuilt.Context()).Resources.Dsp);
        // 10 zeros: ⌈502/16⌉ = 32 = ⌈512/16⌉ saves no multiplier: stored whole, 32 multipliers and the plain 15 BRAM.
        var (_, few) = HandBuilt.Single(WithZeros(k => k < 10), new Shape(32), hardware: new LayerHardware(Strategy.Resource, 16));
        var e = new DenseCostRule().Estimate(few, HandBuilt.Context());
        Assert.Equal(32, e.Resources.Dsp);
        Assert.Equal(15, e.Resources.Bram18K);
    }

    private static DenseOp WithZeros(Func<int, bool> zero)
    {
        var weights = Enumerable.Range(0, 512).Select(k => zero(k) ? 0f : 0.01f * (k % 50 + 1)).ToArray();
        return new DenseOp(HandBuilt.Tensor([32, 16], weights), HandBuilt.Tensor([16], new float[16]));
    }

    [Fact]
    public void AStreamedLayerIsCompressedToo()
    {
        // io_stream runs nnet::dense_compressed once per row (nnet::dense_compressed_stream): the same 8 multipliers and
        // 6 BRAM_18K as in io_parallel, one row here.
        var (_, node) = HandBuilt.Single(Pruned(4), new Shape(32), hardware: new LayerHardware(Strategy.Resource, 16));
        var e = new DenseCostRule().Estimate(node, HandBuilt.Context(io: IoType.IoStream));
        Assert.Equal(8, e.Resources.Dsp);
        Assert.Equal(6, e.Resources.Bram18K);
        Assert.Contains("384 zero weights dropped by compressed storage", e.Reasons.Dsp);
    }
}
