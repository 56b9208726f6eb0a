using Hls4Net.Core;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Emulation.Tests.Tables;

/// <summary>
/// The softmax kernel's stores worked out once per plan (<see cref="Hls4mlSoftmaxStores"/>) against the FixedMath
/// reference path (<see cref="Hls4mlSoftmaxEvaluation"/>, kept as the definition) on random rows and random accum, table
/// and result types of every quantization and overflow mode: raw codes, stores and overflows must be equal.
/// </summary>
public sealed class Hls4mlSoftmaxStoresTests
{
    private static readonly QuantMode[] Quants = Enum.GetValues<QuantMode>();
    private static readonly OverflowMode[] Overflows = Enum.GetValues<OverflowMode>();

    [Theory]
    [InlineData(SoftmaxVariant.Stable)]
    [InlineData(SoftmaxVariant.Latency)]
    public void EqualsTheFixedMathPathOnRandomTypes(SoftmaxVariant variant)
    {
        var rng = new Random(20261203 + (int)variant);
        int fastCases = 0;
        for (var c = 0; c < 150; c++)
        {
            var tx = RandomType(rng, 20);
            var precision = new LayerPrecision(Accum: RandomType(rng, 24), ExpTable: RandomType(rng, 20), InvTable: RandomType(rng, 20));
            var tr = RandomType(rng, 24);
            int n = new[] { 1, 2, 3, 5, 8 }[rng.Next(5)], rows = 7;
            var input = new Value("x", new Shape(n)) { Type = tx };
            var node = new Node("sm", new SoftmaxOp(variant), [input], new Value("y", new Shape(n)) { Type = tr })
            {
                Precision = precision,
                Hardware = new LayerHardware(Semantics: ArithmeticSemantics.Hls4ml),
            };
            Hls4mlSoftmaxPlan plan;
            try
            {
                plan = Hls4mlSoftmaxPlan.Create(node, tx);
            }
            catch (Hls4NetException)
            {
                continue; // a type combination the table softmax refuses on every path
            }
            var raw = Enumerable.Range(0, n * rows).Select(_ => rng.Next(6) switch
            {
                0 => tx.MinRawInt64,
                1 => tx.MaxRawInt64,
                _ => rng.NextInt64(tx.MinRawInt64, tx.MaxRawInt64 + 1),
            }).ToArray();
            var expected = new long[raw.Length];
            var reference = new OverflowCounter();
            for (var r = 0; r < rows; r++) plan.Apply(raw.AsSpan(r * n, n), expected.AsSpan(r * n, n), tr, reference);

            if (Hls4mlSoftmaxStores.For(plan, tr) is not null) fastCases++;
            var counter = new OverflowCounter();
            var actual = new SoftmaxKernel().Run(node, [new FixedTensor(tx, new Shape(n), rows, raw)], counter).Raw;
            Assert.True(expected.SequenceEqual(actual), $"case {c}: x {tx}, {precision}, res {tr}, n {n}");
            Assert.Equal(reference.Stores, counter.Stores);
            Assert.Equal(reference.Overflows, counter.Overflows);
        }
        Assert.True(fastCases >= 50, $"only {fastCases} cases took the cached stores");
    }

    private static FixedType RandomType(Random rng, int maxWidth)
    {
        bool signed = rng.Next(5) != 0;
        int width = rng.Next(4, maxWidth + 1);
        var quant = rng.Next(2) == 0 ? (rng.Next(2) == 0 ? QuantMode.Trn : QuantMode.Rnd) : Quants[rng.Next(Quants.Length)];
        var ovf = rng.Next(2) == 0 ? (rng.Next(2) == 0 ? OverflowMode.Wrap : OverflowMode.Sat) : Overflows[rng.Next(Overflows.Length)];
        if (!signed && ovf == OverflowMode.WrapSm) ovf = OverflowMode.Wrap;
        int satBits = ovf == OverflowMode.Wrap && rng.Next(2) == 0 ? 0 : rng.Next(0, 3);
        return new FixedType(width, rng.Next(1, width + 1), signed, quant, ovf, satBits);
    }
}
