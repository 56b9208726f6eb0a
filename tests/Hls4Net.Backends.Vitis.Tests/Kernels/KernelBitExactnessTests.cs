using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Handlers;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;
using Hls4Net.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Kernels;

/// <summary>
/// The emulator kernels (Dense, BatchNorm, ReLU family, PReLU, Flatten) against our C++ kernels in
/// templates/vitis/nnet_utils compiled with g++ and our ap_types: random layers and types, random inputs, raw bits
/// compared one by one. The C++ is the independent reference here (ap_fixed arithmetic, not our FixedMath).
/// </summary>
[StartsFirst(3)]
public sealed class KernelBitExactnessTests
{
    private const int SamplesPerCase = 300;

    [Fact]
    public void EmulatorKernelsMatchCppKernelsBitForBit() => Check(apTypes: null);

    /// <summary>Issue 20's vendor-header lane: the same cases against Xilinx's ap_types (one more g++ build).</summary>
    [VendorApTypesFact]
    [Trait("Lane", "Slow")]
    public void EmulatorKernelsMatchCppKernelsBuiltAgainstXilinxApTypes() => Check(VendorApTypes.IncludeDir);

    private static void Check(string? apTypes)
    {
        var gen = new KernelCaseGenerator(20240611);
        var cases = new List<KernelCase>();
        var id = 0;
        for (var k = 0; k < 36; k++) cases.Add(gen.Dense(id++));
        for (var k = 0; k < 10; k++) cases.Add(gen.BatchNorm(id++));
        var kinds = new[]
        {
            ActivationKind.Linear, ActivationKind.Relu, ActivationKind.LeakyRelu, ActivationKind.ThresholdedRelu,
            ActivationKind.BoundedRelu, ActivationKind.HardSigmoid, ActivationKind.BinaryTanh, ActivationKind.TernaryTanh,
        };
        foreach (var kind in kinds)
        {
            for (var k = 0; k < 4; k++) cases.Add(gen.Activation(id++, kind));
        }
        for (var k = 0; k < 6; k++) cases.Add(gen.PRelu(id++));
        for (var k = 0; k < 5; k++) cases.Add(gen.Flatten(id++));
        // Issue 11: Dense under hls4ml semantics (each product stored into accum_t), from a generator of its own so the
        // cases above keep their draws; appended last, so their inputs are drawn after all of the cases above.
        var stored = new KernelCaseGenerator(20261202);
        for (var k = 0; k < 36; k++) cases.Add(stored.Dense(id++, storeProducts: true));

        var kernels = StandardOps.Create().Kernels();
        var rows = new List<(KernelCase Case, long[] Input)>();
        var expected = new List<long[]>();
        long denseOverflows = 0, storedDiffer = 0;
        foreach (var c in cases)
        {
            var tx = c.Node.Inputs[0].Type!;
            var raw = new long[SamplesPerCase * c.InputSize];
            for (var i = 0; i < raw.Length; i++) raw[i] = gen.RandomRaw(tx);
            var counter = new OverflowCounter();
            var result = kernels.Resolve(c.Node).Run(c.Node, [new FixedTensor(tx, c.Node.Inputs[0].Shape, SamplesPerCase, raw)], counter);
            if (c.Node.Op is DenseOp) denseOverflows += counter.Overflows;
            if (c.Node.Hardware.Semantics == ArithmeticSemantics.Hls4ml) storedDiffer += DifferFromExact(kernels, c.Node, tx, raw, result.Raw);
            for (var s = 0; s < SamplesPerCase; s++)
            {
                rows.Add((c, raw.AsSpan(s * c.InputSize, c.InputSize).ToArray()));
                expected.Add(result.Sample(s).ToArray());
            }
        }

        var actual = CppKernelDriver.Run(new TemplateLocator().Root, cases, rows, apTypes);

        var mismatches = new List<string>();
        var badCases = new HashSet<int>();
        long compared = 0, mismatched = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var c = rows[r].Case;
            var type = c.Node.Output.Type!;
            Assert.Equal(c.OutputSize * c.Variants, actual[r].Length);
            for (var v = 0; v < c.Variants; v++)
            {
                for (var j = 0; j < c.OutputSize; j++)
                {
                    compared++;
                    var cpp = SignExtend(actual[r][v * c.OutputSize + j], type);
                    if (cpp == expected[r][j]) continue;
                    mismatched++;
                    if (badCases.Add(c.Id) && mismatches.Count < 30)
                    {
                        mismatches.Add($"case {c.Id} [{c.Description}] variant {v} input [{string.Join(",", rows[r].Input)}] out {j}: C++ {cpp}, emulator {expected[r][j]}");
                    }
                }
            }
        }
        Assert.True(mismatched == 0,
            $"{mismatched} mismatches of {compared} values in {badCases.Count} cases (first of each):\n{string.Join("\n", mismatches)}");
        Assert.True(compared > 50_000, $"only {compared} values compared");
        Assert.True(denseOverflows > 0, "no dense case overflowed: the narrow accumulators are not exercised");
        Assert.True(storedDiffer > 100, $"only {storedDiffer} outputs of the stored-product cases differ from exact products: the cast is not exercised");
    }

    /// <summary>Outputs of an hls4ml-semantics node that differ when it is run with exact products instead.</summary>
    private static long DifferFromExact(OpHandlerSet<IKernel> kernels, Node node, FixedType tx, long[] raw, long[] stored)
    {
        var hardware = node.Hardware;
        node.Hardware = hardware with { Semantics = ArithmeticSemantics.Exact };
        var exact = kernels.Resolve(node).Run(node, [new FixedTensor(tx, node.Inputs[0].Shape, SamplesPerCase, raw)], new OverflowCounter()).Raw;
        node.Hardware = hardware;
        return exact.Zip(stored).Count(p => p.First != p.Second);
    }

    private static long SignExtend(long bits, FixedType t)
    {
        if (t.Width >= 64) return bits;
        var shift = 64 - t.Width;
        return t.Signed ? (bits << shift) >> shift : (long)((ulong)(bits << shift) >> shift);
    }
}
