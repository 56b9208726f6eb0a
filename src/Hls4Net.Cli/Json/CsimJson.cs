using Hls4Net.Verification;

namespace Hls4Net.Cli;

/// <summary><c>hls4net csim --json</c>: the C simulation's outputs, its log, the ap_types used and the bit-exact comparison (with <c>--compare</c>).</summary>
public sealed record CsimJson(int Samples, IReadOnlyList<double[]> Outputs, string Log, string ApTypes, BitExactReport? BitExact);
