namespace Hls4Net.Benchmarking;

/// <summary>A bench request that cannot be carried out (bad count, model the emulator cannot feed).</summary>
public sealed class BenchException : Exception
{
    public BenchException(string message) : base(message) { }
}
