using System.Numerics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>
/// Merges, concatenation, transpose and reshape on the wide path: the same values held in ap_fixed&lt;100,6&gt; (raw codes
/// shifted left by 84 bits) must give exactly the bits and overflow counts of the fast path on ap_fixed&lt;16,6&gt;.
/// </summary>
public sealed class WideMovementAndMergeTests
{
    private static readonly FixedType Narrow = FixedType.Parse("ap_fixed<16,6>");
    private static readonly FixedType WideType = FixedType.Parse("ap_fixed<100,6>");
    private static readonly FixedType Result = FixedType.Parse("ap_fixed<10,4,AP_RND,AP_SAT>");

    private static (FixedTensor Narrow, FixedTensor Wide) Pair(Random rng, Shape shape, int batch)
    {
        var raw = Enumerable.Range(0, batch * shape.Size).Select(_ => (long)rng.Next(-32768, 32768)).ToArray();
        return (new FixedTensor(Narrow, shape, batch, raw), new FixedTensor(WideType, shape, batch, raw.Select(r => (BigInteger)r << 84).ToArray()));
    }

    private static Node MakeNode(Op op, IReadOnlyList<FixedTensor> inputs, FixedType result)
    {
        var values = inputs.Select((t, k) => new Value($"x{k}", t.Shape) { Type = t.Type }).ToList();
        return new Node("layer", op, values, new Value("y", op.InferShape(inputs.Select(t => t.Shape).ToList())) { Type = result });
    }

    private static void AssertSame(Op op, IReadOnlyList<FixedTensor> narrow, IReadOnlyList<FixedTensor> wide, FixedType result)
    {
        var kernels = DefaultKernels.Create();
        var n1 = MakeNode(op, narrow, result);
        var c1 = new OverflowCounter();
        var fast = kernels.Resolve(n1).Run(n1, narrow, c1);
        var n2 = MakeNode(op, wide, result);
        var c2 = new OverflowCounter();
        var slow = kernels.Resolve(n2).Run(n2, wide, c2);
        Assert.False(slow.IsWide);
        Assert.Equal(fast.Raw, slow.Raw);
        Assert.Equal(c1.Stores, c2.Stores);
        Assert.Equal(c1.Overflows, c2.Overflows);
    }

    [Theory]
    [InlineData(ElementwiseKind.Add)]
    [InlineData(ElementwiseKind.Sub)]
    [InlineData(ElementwiseKind.Mul)]
    [InlineData(ElementwiseKind.Max)]
    [InlineData(ElementwiseKind.Min)]
    [InlineData(ElementwiseKind.Average)]
    public void ElementwiseMatchesTheFastPath(ElementwiseKind kind)
    {
        var rng = new Random((int)kind + 1);
        var shape = new Shape(12);
        var (a, wa) = Pair(rng, shape, 5);
        var (b, wb) = Pair(rng, shape, 5);
        AssertSame(new ElementwiseOp(kind), [a, b], [wa, wb], Result);
    }

    [Fact]
    public void ConcatTransposeAndFlattenMatchTheFastPath()
    {
        var rng = new Random(2);
        var (a, wa) = Pair(rng, new Shape(2, 3), 4);
        var (b, wb) = Pair(rng, new Shape(2, 5), 4);
        AssertSame(new ConcatOp(1), [a, b], [wa, wb], Result);
        AssertSame(new TransposeOp(1, 0), [b], [wb], Result);
        AssertSame(new FlattenOp(), [b], [wb], Result);
    }

    [Fact]
    public void WideResultKeepsEveryBit()
    {
        // Add of two ap_fixed<100,6> into ap_fixed<100,6>: a + b exactly (no rounding), by hand.
        var a = (BigInteger.One << 97) + 1;
        var b = (BigInteger.One << 96) + 3;
        var x = new FixedTensor(WideType, new Shape(1), 1, [a]);
        var y = new FixedTensor(WideType, new Shape(1), 1, [b]);
        var node = MakeNode(new ElementwiseOp(ElementwiseKind.Add), [x, y], WideType);
        var r = DefaultKernels.Create().Resolve(node).Run(node, [x, y], new OverflowCounter());
        Assert.Equal(a + b, r.Wide![0]);
    }

    [Theory]
    [InlineData(ActivationKind.Sigmoid)]
    [InlineData(ActivationKind.Tanh)]
    [InlineData(ActivationKind.Elu)]
    [InlineData(ActivationKind.Softplus)]
    public void TableActivationsTakeWideInputsAndResults(ActivationKind function)
    {
        // Same values in ap_fixed<16,6> and ap_fixed<100,6>: the table index depends on the exact value only, and the
        // ap_fixed<18,8> table entries (and Elu's/Softplus's identity tails) are exact in both result types.
        var rng = new Random((int)function);
        var (x, wx) = Pair(rng, new Shape(40), 3);
        var op = new ActivationOp(function);
        var kernels = DefaultKernels.Create();
        var n1 = MakeNode(op, [x], Narrow);
        n1.Precision = new LayerPrecision(Table: FixedType.Parse("ap_fixed<18,8>"), TableSize: 1024);
        var c1 = new OverflowCounter();
        var fast = kernels.Resolve(n1).Run(n1, [x], c1);
        var n2 = MakeNode(op, [wx], WideType);
        n2.Precision = n1.Precision;
        var c2 = new OverflowCounter();
        var wide = kernels.Resolve(n2).Run(n2, [wx], c2);
        Assert.Equal(fast.Raw.Select(r => (BigInteger)r << 84), wide.Wide!);
        Assert.Equal(c1.Overflows, c2.Overflows);
        Assert.Contains(fast.Raw, r => r != fast.Raw[0]);
    }

    [Fact]
    public void PoolingMatchesTheFastPath()
    {
        var rng = new Random(9);
        var (x, wx) = Pair(rng, new Shape(5, 5, 3), 2);
        AssertSame(new Pool2DOp(PoolKind.Max, (2, 2), (2, 2), new Padding2D(0, 1, 0, 1)), [x], [wx], Result);
        AssertSame(new Pool2DOp(PoolKind.Average, (3, 3), (1, 1), new Padding2D(1, 1, 1, 1)), [x], [wx], Result);
        AssertSame(new Pool2DOp(PoolKind.Average, (3, 3), (2, 2), new Padding2D(1, 1, 1, 1), countIncludePad: true), [x], [wx], Result);
        AssertSame(new GlobalPoolOp(PoolKind.Average), [x], [wx], Result);
        AssertSame(new GlobalPoolOp(PoolKind.Max), [x], [wx], Result);
    }

    [Fact]
    public void ConvolutionsMatchTheFastPath()
    {
        // Input values in ap_fixed<100,6> (as ap_fixed<16,6> shifted); weights, bias, accum and result narrow, so both
        // paths compute the same exact products and sums.
        var rng = new Random(4);
        var (x, wx) = Pair(rng, new Shape(5, 5, 2), 2);
        float[] W(int n) => Enumerable.Range(0, n).Select(_ => rng.Next(4) == 0 ? 0f : (float)(rng.NextDouble() * 2 - 1)).ToArray();
        var conv = new Conv2DOp(new ConstTensor(new Shape(3, 3, 2, 3), W(54)), new ConstTensor(new Shape(3), W(3)), (1, 1), new Padding2D(1, 1, 1, 1), (1, 1));
        var depthwise = new DepthwiseConv2DOp(new ConstTensor(new Shape(3, 3, 2, 2), W(36)), new ConstTensor(new Shape(4), W(4)), (2, 2), Padding2D.None, (1, 1));
        foreach (Op op in new Op[] { conv, depthwise })
        {
            var kernels = DefaultKernels.Create();
            var precision = new LayerPrecision(Weight: FixedType.Parse("ap_fixed<8,2>"), Bias: FixedType.Parse("ap_fixed<8,2>"), Accum: FixedType.Parse("ap_fixed<14,5,AP_RND,AP_SAT>"));
            var n1 = MakeNode(op, [x], Result);
            n1.Precision = precision;
            var c1 = new OverflowCounter();
            var fast = kernels.Resolve(n1).Run(n1, [x], c1);
            var n2 = MakeNode(op, [wx], Result);
            n2.Precision = precision;
            var c2 = new OverflowCounter();
            var wide = kernels.Resolve(n2).Run(n2, [wx], c2);
            Assert.Equal(fast.Raw, wide.Raw);
            Assert.Equal(c1.Stores, c2.Stores);
            Assert.Equal(c1.Overflows, c2.Overflows);
            Assert.True(c1.Overflows > 0);
        }
    }

    [Fact]
    public void BatchNormMatchesTheFastPath()
    {
        var rng = new Random(6);
        var (x, wx) = Pair(rng, new Shape(3, 4), 3);
        var op = new BatchNormOp(new ConstTensor(new Shape(4), [0.75f, -1.5f, 3.25f, 0.1f]), new ConstTensor(new Shape(4), [0.5f, -0.25f, 1f, -3f]));
        var kernels = DefaultKernels.Create();
        var precision = new LayerPrecision(Weight: FixedType.Parse("ap_fixed<10,3>"), Bias: FixedType.Parse("ap_fixed<8,3>"));
        var n1 = MakeNode(op, [x], Result);
        n1.Precision = precision;
        var c1 = new OverflowCounter();
        var fast = kernels.Resolve(n1).Run(n1, [x], c1);
        var n2 = MakeNode(op, [wx], Result);
        n2.Precision = precision;
        var c2 = new OverflowCounter();
        var wide = kernels.Resolve(n2).Run(n2, [wx], c2);
        Assert.Equal(fast.Raw, wide.Raw);
        Assert.Equal(c1.Overflows, c2.Overflows);
        Assert.True(c1.Overflows > 0);
    }

    [Fact]
    public void SoftmaxTakesWideInputsAndResults()
    {
        var rng = new Random(12);
        var (x, wx) = Pair(rng, new Shape(2, 5), 3);
        var op = new SoftmaxOp();
        var kernels = DefaultKernels.Create();
        var n1 = MakeNode(op, [x], Narrow);
        var c1 = new OverflowCounter();
        var fast = kernels.Resolve(n1).Run(n1, [x], c1);
        var n2 = MakeNode(op, [wx], WideType);
        var c2 = new OverflowCounter();
        var wide = kernels.Resolve(n2).Run(n2, [wx], c2);
        // exp_t * inv_t (ap_fixed<18,8> each: 20 fraction bits) truncated to F = 10 in ap_fixed<16,6>, kept whole at F = 94.
        var n3 = MakeNode(op, [wx], Narrow);
        var narrowFromWide = kernels.Resolve(n3).Run(n3, [wx], new OverflowCounter());
        Assert.Equal(fast.Raw, narrowFromWide.Raw);
        Assert.Equal(fast.Raw.Select(r => (BigInteger)r), wide.Wide!.Select(w => w >> 84));
        Assert.Contains(wide.Wide!, w => !(w & ((BigInteger.One << 84) - 1)).IsZero);
        Assert.Equal(c1.Stores, c2.Stores);
    }

    [Fact]
    public void TableIndexBeyondInt128UsesTheWidePath()
    {
        // ap_fixed<200,6>: F = 194, the index arithmetic needs more than 126 bits. Same values as ap_fixed<16,6>.
        var rng = new Random(31);
        var (x, _) = Pair(rng, new Shape(2, 6), 2);
        var veryWide = FixedType.Parse("ap_fixed<200,6>");
        var vx = new FixedTensor(veryWide, x.Shape, x.Batch, x.Raw.Select(r => (BigInteger)r << 184).ToArray());
        var kernels = DefaultKernels.Create();
        foreach (Op op in new Op[] { new ActivationOp(ActivationKind.Sigmoid), new SoftmaxOp() })
        {
            var n1 = MakeNode(op, [x], Narrow);
            n1.Precision = new LayerPrecision(Table: FixedType.Parse("ap_fixed<18,8>"), TableSize: 1024);
            var fast = kernels.Resolve(n1).Run(n1, [x], new OverflowCounter());
            var n2 = MakeNode(op, [vx], Narrow);
            n2.Precision = n1.Precision;
            Assert.False(Hls4Net.Lowering.Tables.ActivationTableBuilder.Build(new ActivationOp(ActivationKind.Sigmoid), veryWide, FixedType.Parse("ap_fixed<18,8>"), 1024).Indexer.FitsInt128);
            var wide = kernels.Resolve(n2).Run(n2, [vx], new OverflowCounter());
            Assert.Equal(fast.Raw, wide.Raw);
        }
    }
}
