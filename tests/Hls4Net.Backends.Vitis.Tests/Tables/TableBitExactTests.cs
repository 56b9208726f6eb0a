using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;
using Hls4Net.Emulation.Kernels;
using Hls4Net.TestSupport;
using Xunit.Abstractions;

namespace Hls4Net.Backends.Vitis.Tests.Tables;

/// <summary>
/// g++ C simulation of nnet_activation_table.h / nnet_softmax.h (driven by the emitted config and call) against
/// the C# kernels: every output raw code must match.
/// </summary>
[StartsFirst(6)]
public sealed class TableBitExactTests(TableBitExactFixture fixture, ITestOutputHelper output) : IClassFixture<TableBitExactFixture>
{
    public static TheoryData<int> CaseIndices()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < TableCaseFactory.All().Count; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIndices))]
    public void CppMatchesEmulator(int index)
    {
        var c = fixture.Cases[index];
        var input = new FixedTensor(c.InputType, c.Node.Inputs[0].Shape, 1, c.Inputs);
        IKernel kernel = c.Node.Op is SoftmaxOp ? new SoftmaxKernel() : new TableActivationKernel();
        var want = kernel.Run(c.Node, [input], new OverflowCounter()).Raw;
        var got = fixture.Outputs[index];
        var result = c.Node.Output.Type!;
        Assert.Equal(want.Length, got.Length);
        int mismatches = 0;
        for (int i = 0; i < want.Length; i++)
        {
            long g = SignExtend(got[i], result);
            if (g == want[i]) continue;
            if (mismatches++ < 5) output.WriteLine($"{c.Name}: element {i} input raw {c.Inputs[i]}: C++ {g}, C# {want[i]}");
        }
        output.WriteLine($"{c.Name}: {want.Length} values, {mismatches} mismatches");
        Assert.Equal(0, mismatches);
    }

    private static long SignExtend(ulong bits, FixedType t)
    {
        if (!t.Signed || t.Width == 64) return (long)bits;
        long v = (long)bits;
        return (v & (1L << (t.Width - 1))) != 0 ? v - (1L << t.Width) : v;
    }
}
