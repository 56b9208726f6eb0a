namespace Hls4Net.Core.Ir;

/// <summary>hls4ml's layer implementation strategy.</summary>
public enum Strategy
{
    Latency,
    Resource,
}
