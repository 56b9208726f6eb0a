namespace Hls4Net.Benchmarking;

/// <summary>A bench request that cannot be carried out (bad count, model the emulator cannot feed).</summary>
public sealed class BenchException : Hls4NetException
{
    public BenchException(string message) : base(Hls4NetErrorCategory.InvalidRequest, message) { }
}
