namespace Hls4Net.Backends.Vitis.Project;

/// <summary>An io_stream FIFO declared in the top function: <c>hls::stream&lt;Type&gt; Var</c> with its depth.</summary>
public sealed record FifoModel(string Var, string TypeName, int Depth, string Description);
