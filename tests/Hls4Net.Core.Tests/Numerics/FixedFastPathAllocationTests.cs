using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Tests.Numerics;

/// <summary>The W &lt;= 64 conversion and arithmetic path must not allocate.</summary>
public sealed class FixedFastPathAllocationTests
{
    [Fact]
    public void HundredThousandConversionsAllocateNothing()
    {
        var acc = FixedType.Parse("ap_fixed<40,12,AP_RND_CONV,AP_SAT_SYM>");
        var w = FixedType.Parse("ap_fixed<16,6,AP_RND,AP_WRAP_SM,2>");
        var x = FixedType.Parse("ap_ufixed<18,4,AP_RND_INF,AP_SAT,1>");
        var outT = FixedType.Parse("ap_fixed<8,2,AP_RND_ZERO,AP_WRAP,3>");
        int sumFrac = FixedType.AddResult(acc, w).FracBits;
        long sum = Run(1000, acc, w, x, outT, sumFrac); // warm up
        // The runtime may allocate a few kilobytes on this thread while it recompiles Run (tiering, on-stack
        // replacement), once. An allocation in the fast path would show in every round (100,000 conversions at
        // 24 bytes or more each), so the quietest of five rounds must allocate nothing.
        long fewest = long.MaxValue;
        for (int round = 0; round < 5 && fewest != 0; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            sum += Run(100_000, acc, w, x, outT, sumFrac);
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        Assert.Equal(0, fewest);
        Assert.NotEqual(0, sum);
    }

    private static long Run(int n, FixedType acc, FixedType w, FixedType x, FixedType outT, int sumFrac)
    {
        long sum = 0;
        int of = 0;
        for (int i = 0; i < n; i++)
        {
            long wr = FixedMath.FromDouble(Math.Sin(i) * 40, w, out bool o1);
            long xr = FixedMath.FromDouble(Math.Cos(i) * 20, x, out bool o2);
            long prod = FixedMath.Convert(FixedArith.Mul(wr, xr), w.FracBits + x.FracBits, acc, out bool o3);
            long s = FixedMath.Convert(FixedArith.Add(prod, acc, wr, w), sumFrac, acc);
            sum += FixedMath.Convert(s, acc.FracBits, outT, out bool o4) + FixedMath.ToInt64(s, acc.FracBits);
            of += (o1 ? 1 : 0) + (o2 ? 1 : 0) + (o3 ? 1 : 0) + (o4 ? 1 : 0);
        }
        return sum + of;
    }
}
