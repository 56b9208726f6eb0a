namespace Hls4Net.Core.Ir;

/// <summary>
/// Arrays that live as long as a model: its weights and their quantized codes. Large ones (from 85,000 bytes, the
/// default large-object size) go to the pinned-object heap, which the GC never compacts. With the CLI's 4 MB
/// large-object threshold (Hls4Net.Cli.csproj) they would start in gen 0 and be copied on each promotion, and each copy
/// holds both versions at once: about 14 MiB more peak memory for a million weights (docs/benchmarks.md, "Scale").
/// </summary>
public static class ConstantArrays
{
    /// <summary>Arrays of at least this many bytes are pinned-heap allocations.</summary>
    public const int PinnedFromBytes = 85_000;

    /// <summary>A zeroed array of <paramref name="length"/> elements, on the pinned-object heap when it is large.</summary>
    public static T[] Allocate<T>(int length) where T : unmanaged =>
        (long)length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>() >= PinnedFromBytes ? GC.AllocateArray<T>(length, pinned: true) : new T[length];
}
