using Hls4Net.Core.Ir;

namespace Hls4Net.Core.Tests.Ir;

public sealed class ConstantArraysTests
{
    [Fact]
    public void Large_arrays_are_zeroed_and_live_on_the_pinned_object_heap()
    {
        var before = PinnedHeapBytes();
        var large = ConstantArrays.Allocate<long>(500_000); // 4 MB
        Assert.Equal(500_000, large.Length);
        Assert.True(Array.TrueForAll(large, v => v == 0));
        var after = PinnedHeapBytes();
        // The pinned-object heap (generation index 4 of the GC's report) holds it; an ordinary array would not be there.
        Assert.True(after - before >= 4_000_000, $"pinned-object heap grew by {after - before} bytes; " + string.Join(",", GC.GetGCMemoryInfo(GCKind.Any).GenerationInfo.ToArray().Select(g => g.SizeAfterBytes)));
        GC.KeepAlive(large);
    }

    [Fact]
    public void Small_arrays_are_ordinary()
    {
        var small = ConstantArrays.Allocate<float>(1_000);
        Assert.Equal(0, GC.GetGeneration(small)); // checked before anything else can trigger a collection
        Assert.Equal(1_000, small.Length);
    }

    private static long PinnedHeapBytes()
    {
        GC.Collect();
        return GC.GetGCMemoryInfo(GCKind.Any).GenerationInfo[4].SizeAfterBytes;
    }
}
