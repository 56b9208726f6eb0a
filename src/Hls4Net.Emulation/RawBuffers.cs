namespace Hls4Net.Emulation;

/// <summary>
/// Recycled output arrays for one thread's interpreter runs: a kernel rents its output's raw codes here instead of
/// allocating them, and the interpreter gives an array back once the value it held is dead (its last reader ran, it
/// is not a graph output, it is not traced and no live value shares the array). An intermediate of a batch of 1000
/// is hundreds of KB: allocated fresh it is zeroed and cold in cache every batch; recycled it stays warm. A rented
/// array's old contents are undefined, so a kernel that rents must write every element. Arrays handed out and never
/// given back (outputs returned to the caller) are simply forgotten, never handed out again. Not thread-safe: one per thread.
/// </summary>
public sealed class RawBuffers
{
    /// <summary>Most bytes kept for reuse; beyond it, given-back arrays are left to the garbage collector.</summary>
    public const long MaxPooledBytes = 64L << 20;

    private readonly Dictionary<int, Stack<long[]>> _free = [];
    private readonly HashSet<long[]> _rented = new(ReferenceEqualityComparer.Instance);
    private long _pooledBytes;

    /// <summary>An array of exactly <paramref name="length"/> codes with undefined contents.</summary>
    public long[] Rent(int length)
    {
        long[] array;
        if (_free.TryGetValue(length, out var stack) && stack.TryPop(out var reused))
        {
            array = reused;
            _pooledBytes -= (long)length * sizeof(long);
        }
        else
        {
            array = GC.AllocateUninitializedArray<long>(length);
        }
        _rented.Add(array);
        return array;
    }

    /// <summary>True when <paramref name="array"/> was rented here and not given back.</summary>
    public bool Owns(long[] array) => _rented.Contains(array);

    /// <summary>Gives back an array rented here; the caller guarantees nothing reads it any more. Other arrays are ignored.</summary>
    public void Return(long[] array)
    {
        if (!_rented.Remove(array)) return;
        long bytes = (long)array.Length * sizeof(long);
        if (_pooledBytes + bytes > MaxPooledBytes) return;
        if (!_free.TryGetValue(array.Length, out var stack)) _free[array.Length] = stack = new Stack<long[]>();
        stack.Push(array);
        _pooledBytes += bytes;
    }

    /// <summary>Forgets the arrays still rented (they escaped to the caller), so they are never handed out again.</summary>
    public void ForgetRented() => _rented.Clear();
}
