namespace Hls4Net.Emulation;

/// <summary>Counts stores into a fixed-point type, and how many were out of range (then wrapped or saturated).</summary>
public sealed class OverflowCounter
{
    /// <summary>Number of values stored.</summary>
    public long Stores { get; private set; }

    /// <summary>Number of stored values that fell outside the destination type's range.</summary>
    public long Overflows { get; private set; }

    /// <summary>Record one store.</summary>
    public void Record(bool overflowed)
    {
        Stores++;
        if (overflowed) Overflows++;
    }

    /// <summary>Record many stores at once.</summary>
    public void Add(long stores, long overflows)
    {
        Stores += stores;
        Overflows += overflows;
    }
}
