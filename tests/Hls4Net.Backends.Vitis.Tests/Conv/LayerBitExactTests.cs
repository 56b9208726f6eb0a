using Hls4Net.Core.Ir;
using Hls4Net.Emulation;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;
using Hls4Net.TestSupport;
using Xunit.Abstractions;

namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>
/// Emulator kernels vs g++ C simulation of the emitted nnet kernels (io_parallel), on random shapes, strides,
/// padding, dilation and types from the whole precision space (every Q/O mode, N &gt; 0, unsigned, I ≤ 0, I ≥ W,
/// narrow saturating/wrapping accumulators ≠ result): zero mismatches allowed. Seed and case counts are printed.
/// </summary>
[StartsFirst(5)]
public class LayerBitExactTests : IClassFixture<LayerBitExactFixture>
{
    private readonly LayerBitExactFixture _fixture;
    private readonly ITestOutputHelper _output;

    public LayerBitExactTests(LayerBitExactFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Theory]
    [InlineData("conv")]
    [InlineData("conv-stored")]
    [InlineData("conv-aligned")]
    [InlineData("pool")]
    [InlineData("layout")]
    [InlineData("merge")]
    public void Emulator_matches_cpp_bit_for_bit(string family)
    {
        _fixture.Families[family].AssertBitExact($"io_parallel seed {LayerBitExactFixture.Seed}", family, _output);
    }

    [Fact]
    public void Random_convolutions_exercise_accumulator_overflow()
    {
        // The narrow saturating/wrapping accumulators must actually overflow, or the test would not check them.
        Assert.True(_fixture.Families["conv"].Overflows > 100, $"only {_fixture.Families["conv"].Overflows} overflows");
    }

    [Fact]
    public void Stored_product_convolutions_differ_from_exact_products()
    {
        // Issue 11: the "conv-stored" cases must give other bits with exact products, or their bit-exactness would not
        // show that the C++ stores each product into accum_t.
        long differ = 0, values = 0;
        foreach (var c in _fixture.Cases.Where(c => c.Family == "conv-stored"))
        {
            var stored = c.Kernel.Run(c.Node, c.Inputs, new OverflowCounter()).Raw;
            var hardware = c.Node.Hardware;
            c.Node.Hardware = hardware with { Semantics = ArithmeticSemantics.Exact };
            var exact = c.Kernel.Run(c.Node, c.Inputs, new OverflowCounter()).Raw;
            c.Node.Hardware = hardware;
            values += stored.Length;
            differ += stored.Zip(exact).Count(p => p.First != p.Second);
        }
        _output.WriteLine($"conv-stored: {differ} of {values} values differ with exact products");
        Assert.True(differ > 200, $"only {differ} of {values} stored-product values differ from exact products");
    }

    [Fact]
    public void Aligned_convolutions_take_the_emulators_plane_path()
    {
        // Otherwise "conv-aligned" would not pin the plane reads (Im2ColPlane) against g++.
        var plane = _fixture.Cases.Where(c => c.Family == "conv-aligned")
            .Count(c => Im2ColConv.TryCreate(c.Node, ConvPlan.Create(c.Node), c.Inputs[0].Type, c.Inputs[0].Batch, ProductStore.Applies(c.Node))?.Fill == Im2ColFill.Plane);
        _output.WriteLine($"conv-aligned: {plane} cases read the plane");
        Assert.True(plane >= 12, $"only {plane} aligned convolutions take the plane path");
    }

    [Fact]
    public void Random_cases_cover_the_whole_precision_space() =>
        LayerCoverageCheck.Assert(_fixture.Cases, $"io_parallel seed {LayerBitExactFixture.Seed}", _output);
}
